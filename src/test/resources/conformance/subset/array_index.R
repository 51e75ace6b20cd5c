a <- array(1:24, dim = c(2, 3, 4))
a[1, 2, 3]
a[, , 1]
a[2, , ]
a[, 1, 1]
dim(a[, , 1:2])
a[1, , , drop = FALSE]
b <- array(1:8, c(2, 2, 2), dimnames = list(c("x", "y"), c("p", "q"), c("s", "t")))
b["x", "q", "t"]
b[, , "s"]
b["y", , ]
