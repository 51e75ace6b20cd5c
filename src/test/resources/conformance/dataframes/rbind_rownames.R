a <- data.frame(v = 1:2, row.names = c("r1", "r2"))
b <- data.frame(v = 3:4, row.names = c("r3", "r1"))
rbind(a, b)
rbind(data.frame(v = 1), data.frame(v = 2))
x <- data.frame(k = c("a", "b"), stringsAsFactors = TRUE)
y <- data.frame(k = c("c", "a"), stringsAsFactors = TRUE)
z <- rbind(x, y)
z$k
levels(z$k)
