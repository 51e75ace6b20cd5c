n <- 1000
x <- numeric(n)
for (i in 1:n) x[i] <- i^2
sum(x)
y <- c()
for (i in 1:n) y[length(y) + 1] <- i
length(y)
sum(y)
l <- list()
for (i in 1:100) l[[length(l) + 1]] <- i * 2
length(l)
l[[100]]
cnt <- integer(0)
for (w in c("a", "b", "a", "c", "a")) cnt[w] <- if (is.na(cnt[w])) 1 else cnt[w] + 1
cnt
acc <- list()
for (k in c("x", "y", "z")) acc[[k]] <- toupper(k)
str(acc)
