# Element-wise updates and growth in loops: each must be linear in n (in place when unshared).
#   N=1e5 Rscript bench/vector_update.R   (default n = 1e6)
n <- as.numeric(Sys.getenv("N", "1e6"))
x <- numeric(n)
for (i in 1:n) x[i] <- i            # preallocated
y <- numeric(0)
for (i in 1:n) y[i] <- i            # grows by one each step
z <- integer(0)
for (i in 1:n) z[length(z) + 1L] <- i
l <- list()
for (i in 1:n) l[[length(l) + 1L]] <- i
m <- matrix(0, 100, n / 100)
for (j in 1:ncol(m)) m[1, j] <- j
cat(sum(x), sum(y), sum(z), length(l), sum(m), "\n")
