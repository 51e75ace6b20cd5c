a <- matrix(1:4, 2)
b <- matrix(c(1L, 2L, 3L, 5L), 2)
a == b
all(a == b)
identical(a, a + 0L)
identical(a, matrix(1:4, 2, dimnames = NULL))
which(a != b, arr.ind = TRUE)
