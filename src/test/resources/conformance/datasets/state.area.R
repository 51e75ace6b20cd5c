# the state.area dataset prints as in GNU R
print(head(state.area))
str(state.area)
summary(state.area)
