# the freeny.x dataset prints as in GNU R
print(head(freeny.x))
str(freeny.x)
summary(freeny.x)
