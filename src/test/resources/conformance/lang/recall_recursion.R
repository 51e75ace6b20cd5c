fact <- function(n) if (n <= 1) 1 else n * Recall(n - 1)
print(fact(10))
fib <- function(n) if (n < 2) n else Recall(n - 1) + Recall(n - 2)
print(sapply(0:10, fib))
g <- fact
rm(fact)
print(g(5))
