# the UScitiesD dataset prints as in GNU R
print(head(UScitiesD))
str(UScitiesD)
summary(UScitiesD)
