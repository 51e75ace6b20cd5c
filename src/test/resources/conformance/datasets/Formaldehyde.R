# the Formaldehyde dataset prints as in GNU R
print(head(Formaldehyde))
str(Formaldehyde)
summary(Formaldehyde)
