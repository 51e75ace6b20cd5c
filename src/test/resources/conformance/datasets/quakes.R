# the quakes dataset prints as in GNU R
print(head(quakes))
str(quakes)
summary(quakes)
