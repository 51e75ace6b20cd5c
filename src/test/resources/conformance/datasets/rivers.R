# the rivers dataset prints as in GNU R
print(head(rivers))
str(rivers)
summary(rivers)
