a <- c(1, 2, 3)
b <- a
b[1] <- 100
a
b
f <- function(v) { v[2] <- -1; v }
r <- f(a)
a
r
l1 <- list(x = 1:3)
l2 <- l1
l2$x[2] <- 0L
l1$x
l2$x
m1 <- matrix(1:4, 2)
m2 <- m1
m2[1, 1] <- 99L
m1[1, 1]
