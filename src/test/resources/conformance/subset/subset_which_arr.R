m <- matrix(c(1, 5, 3, 8, 2, 9), nrow = 2)
which(m > 4)
which(m > 4, arr.ind = TRUE)
m2 <- m + 0
which(m2 >= 5, arr.ind = TRUE)
which(c(a = TRUE, b = FALSE, c = TRUE))
