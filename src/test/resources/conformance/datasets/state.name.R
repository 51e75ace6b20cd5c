# the state.name dataset prints as in GNU R
print(head(state.name))
str(state.name)
summary(state.name)
