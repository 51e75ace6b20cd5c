x <- 1:10
x[1:4] <- c(0L, 1L)
x
x[1:3] <- c(7L, 8L)
x
y <- numeric(6)
y[] <- 1:3
y
y[] <- 1:4
y
