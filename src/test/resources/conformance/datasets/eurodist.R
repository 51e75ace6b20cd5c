# the eurodist dataset prints as in GNU R
print(head(eurodist))
str(eurodist)
summary(eurodist)
