x <- 1:2
y <- 3:4
cbind(x, y, deparse.level = 0)
cbind(x, y)
cbind(x, y + 1)
cbind(x, y + 1, deparse.level = 2)
rbind(x, 7, deparse.level = 2)
cbind(x, NULL, y)
cbind(NULL)
rbind()
