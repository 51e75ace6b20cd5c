x <- 1:10
head(x, 3)
tail(x, 3)
head(x, -7)
tail(x, -8)
x[length(x)]
rev(x)[1:2]
