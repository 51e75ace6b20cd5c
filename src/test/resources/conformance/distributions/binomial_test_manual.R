n <- 20
k <- 15
p_upper <- pbinom(k - 1, n, 0.5, lower.tail = FALSE)
p_upper
2 * p_upper
sum(dbinom(k:n, n, 0.5))
