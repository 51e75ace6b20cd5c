# the USPersonalExpenditure dataset prints as in GNU R
print(head(USPersonalExpenditure))
str(USPersonalExpenditure)
summary(USPersonalExpenditure)
