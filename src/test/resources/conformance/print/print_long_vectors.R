x <- seq(0.5, 30, by = 0.5)
x
names(x) <- NULL
c(a = 1, bb = 2, ccc = 3, dddd = 4)
100:130
