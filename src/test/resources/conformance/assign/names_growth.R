x <- c(a = 1, b = 2)
x["c"] <- 3
x
x[c("d", "a")] <- c(4, 10)
x
y <- 1:2
y["new"] <- 5L
y
z <- c(p = 1)
z[3] <- 9
names(z)
l <- list(a = 1)
l[c("b", "b")] <- list(2, 3)
str(l)
