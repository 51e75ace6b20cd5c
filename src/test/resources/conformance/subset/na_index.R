x <- c(1, 2, 3)
x[NA]
x[NA_integer_]
x[c(1, NA)]
x[NA_real_]
names(x) <- c("a", "b", "c")
x[c(2, NA)]
s <- c("u", "v")
s[c(NA, 2)]
l <- list(1, 2)
l[c(1, NA)]
