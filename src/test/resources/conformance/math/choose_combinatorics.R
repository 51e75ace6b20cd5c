n <- 6
sapply(0:n, function(k) choose(n, k))
sum(choose(10, 0:10))
choose(52, 5)
factorial(5) / (factorial(2) * factorial(3))
lchoose(100, 50)
gamma(6) == factorial(5)
