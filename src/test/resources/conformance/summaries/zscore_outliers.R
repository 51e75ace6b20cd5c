x <- c(50, 52, 49, 51, 48, 95, 50, 47, 53, 10)
z <- as.vector(scale(x))
round(z, 3)
x[abs(z) > 2]
robust <- (x - median(x)) / mad(x)
round(robust, 2)
x[abs(robust) > 3.5]
