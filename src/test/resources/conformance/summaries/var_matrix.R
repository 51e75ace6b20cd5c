m <- matrix(c(1.5, 2.5, 3.1, 4.8, 2.2, 3.3, 1.1, 5.4, 6.0, 7.7, 8.1, 9.9), nrow = 4,
            dimnames = list(NULL, c("cpu", "mem", "disk")))
var(m)
cov(m)
sd(m[, "cpu"])
var(m[, 1], m[, 2])
var(m, m[, 1])
diag(var(m))
