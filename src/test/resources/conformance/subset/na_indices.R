x <- c(1.5, 2.5, 3.5)
x[NA]
x[NA_integer_]
x[c(1, NA, 3)]
n <- c(a = 1L, b = 2L)
n[c(NA, 2)]
n[NA]
l <- list(1, "a")
l[NA_integer_]
s <- c("p", "q")
s[c(2, NA)]
