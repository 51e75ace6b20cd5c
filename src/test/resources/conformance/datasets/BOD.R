# the BOD dataset prints as in GNU R
print(head(BOD))
str(BOD)
summary(BOD)
