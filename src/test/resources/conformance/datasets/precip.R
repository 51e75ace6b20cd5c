# the precip dataset prints as in GNU R
print(head(precip))
str(precip)
summary(precip)
