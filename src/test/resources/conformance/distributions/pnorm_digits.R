print(pnorm(c(-5, -2.5, 0.3, 4)), digits = 15)
print(qnorm(c(0.2, 0.8)), digits = 16)
