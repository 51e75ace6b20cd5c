length(1:10)
length(NULL)
length(list(1, 2, list(3, 4)))
length("hello")
length(c(a = 1, b = 2))
length(quote(f(x, y)))
length(sum)
length(character(0))
x <- 1:3
length(x) <- 5
x
length(x) <- 2
x
n <- c(a = 1, b = 2)
length(n) <- 3
n
l <- list(a = 1)
length(l) <- 2
l
