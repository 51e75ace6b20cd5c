diag(3)
diag(c(1, 2, 3))
m <- matrix(1:9, 3)
diag(m)
diag(2, 2, 3)
diag(matrix(1:6, 2))
d <- matrix(1:4, 2, dimnames = list(c("a", "b"), c("a", "b")))
diag(d)
diag(m) <- 0
m
