# the iris dataset prints as in GNU R
print(head(iris))
str(iris)
summary(iris)
