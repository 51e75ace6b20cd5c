# the state.abb dataset prints as in GNU R
print(head(state.abb))
str(state.abb)
summary(state.abb)
