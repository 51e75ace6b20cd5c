# the attitude dataset prints as in GNU R
print(head(attitude))
str(attitude)
summary(attitude)
