# the pressure dataset prints as in GNU R
print(head(pressure))
str(pressure)
summary(pressure)
