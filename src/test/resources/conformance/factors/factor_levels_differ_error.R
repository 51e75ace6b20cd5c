f <- factor(c("a", "b"))
g <- factor(c("a", "c"))
f == g
