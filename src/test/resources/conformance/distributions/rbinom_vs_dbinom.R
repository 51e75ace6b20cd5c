set.seed(5)
x <- rbinom(200, 4, 0.5)
tab <- tabulate(x + 1, nbins = 5)
tab
round(dbinom(0:4, 4, 0.5) * 200, 1)
