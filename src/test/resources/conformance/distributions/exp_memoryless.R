s <- 2
t <- 3
lhs <- pexp(s + t, lower.tail = FALSE) / pexp(s, lower.tail = FALSE)
rhs <- pexp(t, lower.tail = FALSE)
all.equal(lhs, rhs)
print(c(lhs, rhs), digits = 15)
