f <- factor(c("a", "b", "a"))
f[2] <- "a"
f
f[3] <- "z"
f
