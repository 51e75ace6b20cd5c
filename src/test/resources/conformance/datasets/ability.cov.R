# the ability.cov dataset prints as in GNU R
print(head(ability.cov))
str(ability.cov)
summary(ability.cov)
