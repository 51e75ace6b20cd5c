factor(1:3, labels = c("a", "b"))
