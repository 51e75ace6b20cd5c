# the LifeCycleSavings dataset prints as in GNU R
print(head(LifeCycleSavings))
str(LifeCycleSavings)
summary(LifeCycleSavings)
