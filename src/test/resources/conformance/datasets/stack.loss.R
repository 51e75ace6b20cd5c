# the stack.loss dataset prints as in GNU R
print(head(stack.loss))
str(stack.loss)
summary(stack.loss)
