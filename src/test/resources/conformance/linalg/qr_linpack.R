# qr() default (LINPACK dqrdc2): rank, limited pivoting, the qr.* helpers
x <- cbind(1, c(1, 2, 3, 4, 5), c(2, 4, 6, 8, 10), c(3, 1, 4, 1, 5))
colnames(x) <- c("int", "b", "twice_b", "d")
y <- c(1.5, 2.1, 2.9, 4.2, 5.1)
q <- qr(x)
q
q$rank
q$pivot
qr.coef(q, y)
qr.qty(q, y)
qr.qy(q, y)
qr.resid(q, y)
qr.fitted(q, y)
qr.fitted(q, y, k = 2)
qr.Q(q)
qr.Q(q, complete = TRUE)
qr.R(q)
qr.R(q, complete = TRUE)
qr.X(q)
is.qr(q)
is.qr(list(qr = 1))
# a matrix of responses keeps its column names
Y <- cbind(first = y, second = rev(y))
qr.coef(q, Y)
qr.qty(q, Y)
# full rank, tall and wide
set.seed(3)
a <- matrix(round(rnorm(12), 2), 4)
qa <- qr(a)
qa$rank
qr.coef(qa, 1:4)
qr.R(qa)
w <- t(a)
qw <- qr(w)
qw$rank
qr.coef(qw, 1:3)
qr.X(qw)
# tolerance decides the rank of a nearly singular matrix
h <- 1 / outer(1:6, 1:6, "+")
qr(h)$rank
qr(h, tol = 1e-10)$rank
qr(h, tol = 1e-3)$rank
qr(h, tol = 1e-3)$pivot
# integer and logical matrices, a vector, zero columns
qr(matrix(1:6, 3))$qr
qr(c(3, 4))$qr
qr(matrix(c(TRUE, FALSE, TRUE, TRUE), 2))$rank
z <- qr(matrix(0, 3, 2))
z$rank
z$pivot
qr.coef(z, 1:3)
# solving
m <- matrix(c(4, 2, 2, 3), 2)
qr.solve(m, c(1, 2))
qr.solve(m)
solve(qr(m))
solve(qr(m), c(1, 1))
qr.solve(a, 1:4)
try(qr.solve(matrix(c(1, 2, 2, 4), 2), 1:2))
try(solve(qr(matrix(c(1, 2, 2, 4), 2))))
try(qr.coef(q, 1:3))
try(qr.coef(1, 1))
try(qr.qy(1, 1))
try(qr.fitted(q, y, k = 4))
try(qr.X(q, ncol = 2))
