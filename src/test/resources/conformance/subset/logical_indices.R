x <- c(3, 8, 1, 9, 4, 7)
x[x > 4]
x[c(TRUE, FALSE)]
x[c(TRUE, FALSE, TRUE)]
x[TRUE]
x[FALSE]
x[c(TRUE, NA)]
x[x > 100]
x[c(TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE)]
v <- c(a = 1, b = NA, c = 3)
v[!is.na(v)]
v[v > 1]
which(x > 4)
