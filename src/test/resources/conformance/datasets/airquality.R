# the airquality dataset prints as in GNU R
print(head(airquality))
str(airquality)
summary(airquality)
