x <- c(10, 20, 30)
names(x)
names(x) <- c("a", "b", "c")
x
names(x)
names(x) <- c("p", "q")
x
names(x)
names(x) <- NULL
x
l <- list(1, 2)
names(l) <- c("first", "second")
l
names(c(a = 1, 2))
y <- 1:3
names(y) <- 1:3
y
