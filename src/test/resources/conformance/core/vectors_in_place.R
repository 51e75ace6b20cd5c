x <- c(1, 2, 3)
y <- x
y[2] <- 20
x
y
f <- function(v) { v[1] <- 100; v }
z <- f(x)
x
z
l <- list(a = 1, b = list(c = 2))
l2 <- l
l2$b$c <- 3
l$b$c
l2$b$c
n <- 100000
acc <- numeric(n)
for (i in seq_len(n)) acc[i] <- i
sum(acc)
grow <- c()
for (i in 1:1000) grow[i] <- i * 2
length(grow)
grow[1000]
