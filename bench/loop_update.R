# Scalar loop with vector element updates (must be linear, not copying x each time).
n <- 1000000
x <- numeric(n)
for (i in 1:n) x[i] <- i * 2
s <- 0
for (i in seq_len(n)) s <- s + x[i]
cat(s, "\n")
