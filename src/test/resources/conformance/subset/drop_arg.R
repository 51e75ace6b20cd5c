m <- matrix(1:6, nrow = 2, dimnames = list(c("r1", "r2"), c("A", "B", "C")))
m[1, ]
m[1, , drop = FALSE]
m[, 2]
m[, 2, drop = FALSE]
m[1, 2]
m[1, 2, drop = FALSE]
a <- array(1:24, dim = c(2, 3, 4))
dim(a[1, , ])
dim(a[1, , , drop = FALSE])
a[2, 3, 4]
a[, 2, 1]
