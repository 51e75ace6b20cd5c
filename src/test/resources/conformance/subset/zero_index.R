x <- c(5L, 6L, 7L)
x[0]
x[c(0, 1)]
x[c(0, 0, 3)]
l <- list(a = 1, b = "z")
l[0]
attributes(l[0])
character(0)[1]
integer(0)[c(1, 2)]
names(c(a = 1)[0])
