# the rock dataset prints as in GNU R
print(head(rock))
str(rock)
summary(rock)
