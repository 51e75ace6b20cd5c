m <- matrix(0, nrow = 3, ncol = 3)
m[1, 2] <- 5
m[2, ] <- c(1, 2, 3)
m[, 3] <- 9
m
m[m > 2] <- 0
m
m[cbind(1:3, 1:3)] <- -1
m
m[2:3, 1:2] <- matrix(c(7, 8, 9, 10), 2)
m
