dpois(0:4, 2)
dpois(3, 0.5)
dpois(100, 100)
dpois(2, 3, log = TRUE)
