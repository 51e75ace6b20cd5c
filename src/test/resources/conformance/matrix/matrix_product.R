a <- matrix(1:6, 2)
b <- matrix(1:6, 3)
a %*% b
b %*% a
1:3 %*% 1:3
1:3 %*% t(1:3)
a %*% c(1, 0, 1)
r <- tryCatch(a %*% a, error = function(e) conditionMessage(e))
r
m <- matrix(c(2, 0, 0, 2), 2, dimnames = list(c("r1", "r2"), c("c1", "c2")))
m %*% m
