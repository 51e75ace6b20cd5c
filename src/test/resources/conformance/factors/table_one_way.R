x <- c("b", "a", "b", "c", "b")
t <- table(x)
t
names(t)
t[["b"]]
table(c(1, 2, 2, 3, 3, 3))
table(c(TRUE, FALSE, TRUE))
