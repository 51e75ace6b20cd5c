a <- array(1:24, c(2, 3, 4))
b <- aperm(a)
dim(b)
b[4, 3, 2] == a[2, 3, 4]
c2 <- aperm(a, c(2, 1, 3))
dim(c2)
c2[, , 1]
m <- matrix(1:6, 2, dimnames = list(c("a", "b"), c("x", "y", "z")))
aperm(m)
