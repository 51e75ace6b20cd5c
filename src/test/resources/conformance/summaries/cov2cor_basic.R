v <- matrix(c(4, 2, 0.6, 2, 9, -1.5, 0.6, -1.5, 1), 3, dimnames = list(c("a", "b", "c"), c("a", "b", "c")))
cov2cor(v)
m <- cbind(x = c(2, 4, 4, 5, 7), y = c(1, 3, 2, 6, 8))
max(abs(cov2cor(cov(m)) - cor(m))) < 1e-12
r <- tryCatch(cov2cor(matrix(1:6, 2)), error = function(e) conditionMessage(e))
r
