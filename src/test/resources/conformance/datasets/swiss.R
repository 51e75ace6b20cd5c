# the swiss dataset prints as in GNU R
print(head(swiss))
str(swiss)
summary(swiss)
