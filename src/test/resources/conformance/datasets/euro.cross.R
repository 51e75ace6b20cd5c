# the euro.cross dataset prints as in GNU R
print(head(euro.cross))
str(euro.cross)
summary(euro.cross)
