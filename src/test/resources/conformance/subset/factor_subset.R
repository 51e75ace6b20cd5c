f <- factor(c("lo", "hi", "mid", "hi"), levels = c("lo", "mid", "hi"))
f[2]
f[f != "hi"]
f[-1]
f[2, drop = TRUE]
f[[3]]
levels(f[1:2])
x <- c(10, 20, 30)
names(x) <- c("a", "b", "c")
x[factor(c("c", "a"))]
