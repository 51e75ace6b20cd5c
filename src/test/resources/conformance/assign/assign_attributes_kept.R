x <- structure(c(a = 1, b = 2, c = 3), units = "kg")
x[2] <- 20
attributes(x)
f <- factor(c("lo", "hi", "lo"))
f[2] <- "lo"
f
f[3] <- "hi"
f
m <- matrix(1:4, 2)
m[2] <- 0L
dim(m)
