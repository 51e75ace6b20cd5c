n <- 1000
x <- numeric(n)
for (i in 1:n) x[i] <- i %% 7
sum(x)
fib <- integer(30)
fib[1:2] <- 1L
for (i in 3:30) fib[i] <- fib[i - 1] + fib[i - 2]
fib[25:30]
m <- matrix(0L, 10, 10)
for (i in 1:10) for (j in 1:10) m[i, j] <- i * j
m[10, ]
sum(diag(m))
