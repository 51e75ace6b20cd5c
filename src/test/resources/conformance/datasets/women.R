# the women dataset prints as in GNU R
print(head(women))
str(women)
summary(women)
