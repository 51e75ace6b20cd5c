set.seed(9)
rpois(10, 3)
rpois(5, 50)
rpois(4, c(1, 1000))
