x <- c(a = 1, b = 2, c = 3, d = 4)
x[c(TRUE, FALSE)]
x[x > 2]
x[c(TRUE, NA, FALSE, TRUE)]
x[NA]
x[TRUE]
x[FALSE]
y <- 1:3
y[c(TRUE, FALSE, TRUE, TRUE)]
