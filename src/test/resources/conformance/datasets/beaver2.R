# the beaver2 dataset prints as in GNU R
print(head(beaver2))
str(beaver2)
summary(beaver2)
