# the VADeaths dataset prints as in GNU R
print(head(VADeaths))
str(VADeaths)
summary(VADeaths)
