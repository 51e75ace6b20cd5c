f <- factor(c("a", "b"))
f + 1
f[3] <- "zz"
f
x <- as.numeric(factor(c("1", "2")))
o <- ordered(c("a", "b"))
o * 2
cumsum(c(.Machine$integer.max, 1L))
mean("a")
range(character(0))
findInterval("2", 1:3)
quantile(c(1, 2), 0.5, type = 6)
table(c(1, 2), exclude = c(1, NA))
try(cut(1:5, 2, labels = c("a", "b", "c")))
weighted.mean(c("1"), 1)
