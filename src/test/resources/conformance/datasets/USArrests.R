# the USArrests dataset prints as in GNU R
print(head(USArrests))
str(USArrests)
summary(USArrests)
