a <- 1:3
b <- 4:6
cbind(a, b)
rbind(a, b)
cbind(1:3, c("x", "y", "z"))
rbind(first = 1:2, second = 3:4)
cbind(a, 0)
cbind(x = 1:2, y = c(2.5, 3.5))
rbind(1:4, 1:2)
