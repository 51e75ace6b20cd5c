# the islands dataset prints as in GNU R
print(head(islands))
str(islands)
summary(islands)
