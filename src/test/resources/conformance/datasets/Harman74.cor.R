# the Harman74.cor dataset prints as in GNU R
print(head(Harman74.cor))
str(Harman74.cor)
summary(Harman74.cor)
