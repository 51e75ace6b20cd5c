x <- c(a = 1, b = 2, c = 3)
x[c(TRUE, NA, FALSE)]
x[c("a", NA)]
y <- c(1, 2, 3)
y[c(NA, TRUE)]
