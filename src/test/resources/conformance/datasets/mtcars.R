# the mtcars dataset prints as in GNU R
print(head(mtcars))
str(mtcars)
summary(mtcars)
