m1 <- matrix(1:5, nrow = 2)
m1
m2 <- matrix(1:6, ncol = 4)
m3 <- matrix(1:6, 2, 2)
m3
m4 <- matrix(1:2, 0, 3)
dim(m4)
