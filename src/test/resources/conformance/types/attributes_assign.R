x <- 1:4
attributes(x) <- list(names = c("a", "b", "c", "d"), note = "test")
x
attributes(x)
attributes(x) <- NULL
x
y <- structure(1:6, dim = 2:3)
attributes(y)
attributes(1:3)
attributes(c(a = 1))
attributes(list(a = 1, b = 2))
