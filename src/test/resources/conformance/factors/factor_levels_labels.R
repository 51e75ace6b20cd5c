f <- factor(c("lo", "hi", "lo", NA), levels = c("lo", "hi"))
f
factor(c(3, 1, 2, 1), labels = c("one", "two", "three"))
factor(c("a", "b", "a"), labels = c("A", "B"))
factor(1:3, labels = "L")
factor(c("x", "y"), levels = c("y", "x", "z"))
