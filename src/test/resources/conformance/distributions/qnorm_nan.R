qnorm(1.5)
