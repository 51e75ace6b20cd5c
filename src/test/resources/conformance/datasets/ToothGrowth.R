# the ToothGrowth dataset prints as in GNU R
print(head(ToothGrowth))
str(ToothGrowth)
summary(ToothGrowth)
