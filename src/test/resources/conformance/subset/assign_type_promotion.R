x <- 1:3
x[2] <- 2.5
x
typeof(x)
x[3] <- "three"
x
l <- c(TRUE, FALSE)
l[2] <- 5L
l
typeof(l)
v <- c(1, 2, 3)
v[2] <- list("a")
str(v)
