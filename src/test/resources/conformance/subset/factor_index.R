f <- factor(c("lo", "hi", "mid", "hi"), levels = c("lo", "mid", "hi"))
f[2:3]
f[f == "hi"]
f[2, drop = TRUE]
f[5]
x <- c(10, 20, 30)
x[factor(c("b", "a"), levels = c("a", "b"))]
