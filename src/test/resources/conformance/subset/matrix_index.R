m <- matrix(1:12, nrow = 3, dimnames = list(c("r1", "r2", "r3"), c("a", "b", "c", "d")))
m[2, 3]
m["r3", ]
m[, "b"]
m[1:2, c("a", "d")]
m[, 2, drop = FALSE]
m[m > 10]
m[-1, ]
m[cbind(c(1, 3), c(2, 4))]
dim(m[1, , drop = FALSE])
m[2, ] <- 0L
m
