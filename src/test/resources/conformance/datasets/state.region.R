# the state.region dataset prints as in GNU R
print(head(state.region))
str(state.region)
summary(state.region)
