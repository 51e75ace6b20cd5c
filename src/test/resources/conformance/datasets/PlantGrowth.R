# the PlantGrowth dataset prints as in GNU R
print(head(PlantGrowth))
str(PlantGrowth)
summary(PlantGrowth)
