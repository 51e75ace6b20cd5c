a <- array(1:24, dim = c(2, 3, 4))
dim(a)
a[, , 2]
array(1:4)
array(0, c(2, 2))
b <- array(1:8, c(2, 2, 2), dimnames = list(c("a", "b"), c("c", "d"), c("e", "f")))
b
array(1:3, c(2, 4))
e <- tryCatch(array(1:4, c(-1, 2)), error = function(e) conditionMessage(e))
e
