# the faithful dataset prints as in GNU R
print(head(faithful))
str(faithful)
summary(faithful)
