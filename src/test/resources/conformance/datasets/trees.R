# the trees dataset prints as in GNU R
print(head(trees))
str(trees)
summary(trees)
