fib <- function(n) if (n < 2) n else Recall(n - 1) + Recall(n - 2)
fib(10)
do.call(paste, list("a", "b", sep = "-"))
do.call("sum", list(1, 2, 3))
args <- list(1:10)
do.call(mean, args)
f <- function(x, y) x - y
do.call(f, list(y = 1, x = 10))
