table(c("a", "b", "a"), dnn = "letters")
x <- c(1, 2, 1)
table(x)
table(values = x)
