# the cars dataset prints as in GNU R
print(head(cars))
str(cars)
summary(cars)
