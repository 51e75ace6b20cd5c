m <- matrix(1:16, 4)
lower.tri(m)
upper.tri(m, diag = TRUE)
m[lower.tri(m)] <- 0
m
m[upper.tri(m)]
lower.tri(matrix(1:6, 2))
