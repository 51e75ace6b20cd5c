x <- 1:10
head(x, -8)
tail(x, -8)
head(x, 0)
tail(x, 0)
head(letters, -23)
tail(letters, -23)
head(c(a = 1, b = 2), -1)
