m <- matrix(1:6, nrow = 2, dimnames = list(c("r1", "r2"), c("A", "B", "C")))
m[1, ]
m[1, , drop = FALSE]
m[, 2]
m[, 2, drop = FALSE]
m[1, 2]
m[1, 2, drop = FALSE]
dim(m[, 1:2])
m[2, c("A", "C")]
