x <- c(1, 2)
x[5] <- 10
x
y <- integer(0)
y[3] <- 7L
y
z <- c(a = 1)
z[3] <- 3
z
s <- "first"
s[4] <- "fourth"
s
length(s)
