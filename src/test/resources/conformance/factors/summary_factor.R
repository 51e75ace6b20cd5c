f <- factor(c("lo", "hi", "lo", NA))
summary(f)
summary(factor(c("a", "b", "a")))
