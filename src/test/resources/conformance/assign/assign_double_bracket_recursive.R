x <- list(a = list(b = list(c = 1)))
x[[c("a", "b", "c")]] <- 2
x$a$b$c
x[[c("a", "b", "d")]] <- "new"
names(x$a$b)
x[[c(1, 1, 1)]] <- 3
x$a$b$c
