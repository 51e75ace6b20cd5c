# the Harman23.cor dataset prints as in GNU R
print(head(Harman23.cor))
str(Harman23.cor)
summary(Harman23.cor)
