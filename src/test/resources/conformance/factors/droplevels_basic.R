f <- factor(c("a", "b"), levels = c("a", "b", "c"))
f
droplevels(f)
g <- factor(c("x", "y", "z"))[1:2]
g
droplevels(g)
