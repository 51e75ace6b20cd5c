m <- matrix(0, 3, 4)
row(m)
col(m)
m[row(m) == col(m)] <- 1
m
m[row(m) + col(m) == 5] <- 2
m
