f <- factor(c("a", "b", "a"))
f == "a"
f != "b"
g <- factor(c("b", "b", "a"))
f == g
