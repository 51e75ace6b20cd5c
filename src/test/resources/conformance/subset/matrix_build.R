a <- matrix(1:6, nrow = 2)
a
b <- matrix(1:6, ncol = 2, byrow = TRUE)
b
t(a)
dim(a)
cbind(a, 7:8)
rbind(a, c(0L, 0L, 0L))
a %*% b
rowSums(a)
colMeans(b)
m <- matrix(c("x", "y", "z", "w"), 2)
m
