f <- factor(c("lo", "hi", "lo"))
f[3] <- "mid"
f
x <- 1:3
rownames(x) <- c("a", "b", "c")
