# the sleep dataset prints as in GNU R
print(head(sleep))
str(sleep)
summary(sleep)
