dbinom(3, 10, 0.5)
dbinom(0:5, 5, 0.3)
dbinom(2, 4, 0.5, log = TRUE)
round(dbinom(0:10, 10, 0.25), 5)
