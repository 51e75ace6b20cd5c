dbinom(2.5, 5, 0.5)
