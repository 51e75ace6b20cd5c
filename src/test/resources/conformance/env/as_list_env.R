e <- new.env()
e$x <- 1
e$y <- "two"
e$z <- c(3, 3, 3)
l <- as.list(e)
print(l[order(names(l))])
print(names(as.list(e)))
print(as.list(e, sorted = TRUE))
params <- function(alpha, beta = 2) as.list(environment())
print(params(1))
f <- function(a, b) { total <- a + b; ratio <- a / b; as.list(environment()) }
print(f(6, 3))
e2 <- list2env(list(p = 1, q = 2, r = 3))
print(names(as.list(e2)))
print(sort(ls(e2)))
