x <- c(1, 2, 3)
x[2] <- 20
x
x[c(1, 3)] <- c(100, 300)
x
x[x > 50] <- 0
x
x[] <- 7
x
y <- 1:5
y[2] <- 10L
y
typeof(y)
y[3] <- 2.5
y
typeof(y)
