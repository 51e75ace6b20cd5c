# the anscombe dataset prints as in GNU R
print(head(anscombe))
str(anscombe)
summary(anscombe)
