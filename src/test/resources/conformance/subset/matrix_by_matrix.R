m <- matrix(letters[1:9], 3, 3)
idx <- cbind(c(1, 2, 3), c(3, 2, 1))
m[idx]
idx2 <- matrix(c(1L, 1L, 2L, 3L), ncol = 2, byrow = TRUE)
m[idx2]
a <- array(1:24, dim = c(2, 3, 4))
a[cbind(2, 3, 4)]
a[rbind(c(1, 1, 1), c(2, 2, 2))]
m[cbind(c(1, NA), c(1, 2))]
