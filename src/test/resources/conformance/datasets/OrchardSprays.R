# the OrchardSprays dataset prints as in GNU R
print(head(OrchardSprays))
str(OrchardSprays)
summary(OrchardSprays)
