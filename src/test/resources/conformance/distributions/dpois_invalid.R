dpois(1, -2)
