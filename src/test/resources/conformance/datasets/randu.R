# the randu dataset prints as in GNU R
print(head(randu))
str(randu)
summary(randu)
