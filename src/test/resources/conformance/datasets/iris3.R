# the iris3 dataset prints as in GNU R
print(head(iris3))
str(iris3)
summary(iris3)
