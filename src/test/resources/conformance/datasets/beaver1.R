# the beaver1 dataset prints as in GNU R
print(head(beaver1))
str(beaver1)
summary(beaver1)
