# Recursive function calls: fib(22) a few times.
fib <- function(n) if (n < 2) n else fib(n - 1) + fib(n - 2)
for (i in 1:5) r <- fib(22)
cat(r, "\n")
