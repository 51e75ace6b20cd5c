# c() with lists keeps a list
a <- list(1, "two")
b <- list(TRUE)
ab <- c(a, b)
length(ab)
ab
c(a, 3)
c(x = list(1), y = 2)
c(list(a = 1), list(b = 2, c = 3))
length(c(list(), list()))
c(list(1), NULL)
