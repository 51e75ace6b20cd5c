set.seed(17)
rexp(5)
rexp(3, rate = 2)
rexp(2, rate = c(1, 100))
