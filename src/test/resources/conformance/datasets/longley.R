# the longley dataset prints as in GNU R
print(head(longley))
str(longley)
summary(longley)
