p <- c(0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999)
q <- qnorm(p)
print(q, digits = 15)
all.equal(pnorm(q), p)
