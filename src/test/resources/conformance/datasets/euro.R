# the euro dataset prints as in GNU R
print(head(euro))
str(euro)
summary(euro)
