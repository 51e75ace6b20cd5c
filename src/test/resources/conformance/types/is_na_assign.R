x <- 1:6
is.na(x) <- c(2, 5)
x
y <- c(a = 1.5, b = 2.5, c = 3.5)
is.na(y) <- "b"
y
z <- c("u", "v")
is.na(z) <- 1
z
