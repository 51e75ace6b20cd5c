# the morley dataset prints as in GNU R
print(head(morley))
str(morley)
summary(morley)
