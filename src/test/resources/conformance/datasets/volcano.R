# the volcano dataset prints as in GNU R
print(head(volcano))
str(volcano)
summary(volcano)
