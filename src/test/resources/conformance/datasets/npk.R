# the npk dataset prints as in GNU R
print(head(npk))
str(npk)
summary(npk)
