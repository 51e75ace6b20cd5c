# the stackloss dataset prints as in GNU R
print(head(stackloss))
str(stackloss)
summary(stackloss)
