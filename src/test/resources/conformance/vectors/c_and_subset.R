x <- c(b = 2, a = 1, c = 3)
x[c("a", "c")]
x[order(names(x))]
c(x[1], new = 10)
rev(x)[1]
head(x, -1)
tail(x, 1)
y <- c(x, x)
names(y)
unique(names(y))
