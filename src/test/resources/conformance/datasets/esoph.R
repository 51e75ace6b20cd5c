# the esoph dataset prints as in GNU R
print(head(esoph))
str(esoph)
summary(esoph)
