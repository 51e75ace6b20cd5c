x <- c(1, 2)
x[5] <- 1
x
s <- "a"
s[3] <- "c"
s
b <- TRUE
b[4] <- FALSE
b
v <- integer(0)
v[3] <- 7L
v
z <- NULL
z[2] <- "q"
z
n <- c(a = 1)
n[3] <- 3
n
