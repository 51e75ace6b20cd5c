# the state.x77 dataset prints as in GNU R
print(head(state.x77))
str(state.x77)
summary(state.x77)
