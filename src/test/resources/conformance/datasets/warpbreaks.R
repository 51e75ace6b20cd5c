# the warpbreaks dataset prints as in GNU R
print(head(warpbreaks))
str(warpbreaks)
summary(warpbreaks)
