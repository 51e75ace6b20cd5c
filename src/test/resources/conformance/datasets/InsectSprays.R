# the InsectSprays dataset prints as in GNU R
print(head(InsectSprays))
str(InsectSprays)
summary(InsectSprays)
