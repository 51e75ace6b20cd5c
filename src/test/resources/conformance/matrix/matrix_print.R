m <- matrix(c(1.5, 2.25, -3, 100), 2)
m
matrix(c("a", NA, "ccc", "dd"), 2)
matrix(c(TRUE, NA, FALSE, TRUE), 2)
big <- matrix(1:40, 2)
big
matrix(1:4, 2, dimnames = list(NULL, c("alpha", "b")))
matrix(numeric(0), 0, 2)
