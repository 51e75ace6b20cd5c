scores <- c(72, 85, 90, 64, 78)
z <- (scores - 75) / 10
round(pnorm(z), 4)
round(qnorm(c(0.9, 0.95, 0.99)), 3)
