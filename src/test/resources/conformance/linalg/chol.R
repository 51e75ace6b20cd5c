# chol (dpotrf), pivoted chol (dpstrf), chol2inv, backsolve/forwardsolve
m <- matrix(c(4, 2, 2, 3), 2)
chol(m)
a <- crossprod(matrix(c(2, 1, 0, 1, 3, 1, 0, 1, 4, 1, 2, 1), 4))
a
r <- chol(a)
r
crossprod(r)
chol(a, pivot = TRUE)
dimnames(a) <- list(letters[1:3], letters[1:3])
chol(a)
chol(a, pivot = TRUE)
s <- matrix(c(1, 1, 1, 1, 1, 1, 1, 1, 2), 3)
chol(s, pivot = TRUE)
chol2inv(r)
chol2inv(r, size = 2)
chol2inv(2)
solve(a) - chol2inv(r)
try(chol(matrix(c(1, 2, 2, 1), 2)))
try(chol(matrix(1:6, 2)))
try(chol(matrix(c(1, 0, 0, -1), 2)))
try(chol2inv(r, size = 4))
try(chol2inv(matrix(c(0, 0, 0, 1), 2)))
try(chol(m, LINPACK = TRUE))
# larger: the blocked path
set.seed(7)
b <- crossprod(matrix(rnorm(80 * 70), 80))
rb <- chol(b)
rb[1:3, 1:3]
rb[68:70, 68:70]
max(abs(crossprod(rb) - b)) < 1e-9
# backsolve and forwardsolve
backsolve(r, c(1, 2, 3))
backsolve(r, c(1, 2, 3), transpose = TRUE)
forwardsolve(t(r), c(1, 2, 3))
forwardsolve(t(r), c(1, 2, 3), transpose = TRUE)
backsolve(r, cbind(1:3, 3:1))
backsolve(r, c(1, 2, 3), k = 2)
backsolve(r, c(1, 2, 3), upper.tri = FALSE)
try(backsolve(matrix(c(1, 0, 2, 0), 2), 1:2))
try(backsolve(r, 1:3, k = 4))
try(backsolve(r, 1:3, upper.tri = NA))
