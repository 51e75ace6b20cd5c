# the chickwts dataset prints as in GNU R
print(head(chickwts))
str(chickwts)
summary(chickwts)
