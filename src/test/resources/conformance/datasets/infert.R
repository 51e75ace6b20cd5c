# the infert dataset prints as in GNU R
print(head(infert))
str(infert)
summary(infert)
