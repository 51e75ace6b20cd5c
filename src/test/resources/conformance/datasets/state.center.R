# the state.center dataset prints as in GNU R
print(head(state.center))
str(state.center)
summary(state.center)
