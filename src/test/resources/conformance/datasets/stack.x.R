# the stack.x dataset prints as in GNU R
print(head(stack.x))
str(stack.x)
summary(stack.x)
