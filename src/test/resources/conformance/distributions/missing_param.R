dbinom(1, 5)
