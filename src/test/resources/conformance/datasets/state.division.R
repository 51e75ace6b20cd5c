# the state.division dataset prints as in GNU R
print(head(state.division))
str(state.division)
summary(state.division)
