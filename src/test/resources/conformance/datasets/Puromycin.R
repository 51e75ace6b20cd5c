# the Puromycin dataset prints as in GNU R
print(head(Puromycin))
str(Puromycin)
summary(Puromycin)
