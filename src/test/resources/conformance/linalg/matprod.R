# %*%, crossprod, tcrossprod: shapes of vectors, dimnames, NA/NaN, complex, exact sums
a <- matrix(1:6, 2, dimnames=list(c("a","b"), c("x","y","z")))
b <- matrix(c(1.5,2,3,4,5,6), 3, dimnames=list(NULL, c("p","q")))
a %*% b
crossprod(a)
tcrossprod(a)
crossprod(a, 1:2)
tcrossprod(1:3)
crossprod(1:3)
crossprod(1:3, 4:6)
1:3 %*% 1:3
1:3 %*% t(1:3)
matrix(1:3) %*% 1:3
try(a %*% a)
try(crossprod(a, 1:3))
try("a" %*% 1)
x <- c(a=1, b=2)
x %*% a
m <- matrix(c(NA, 1, NaN, 2, Inf, 0), 2)
m %*% t(m)
m %*% c(1, 0, 0)
c(0, 1) %*% m
(1+2i) * diag(2) %*% matrix(1:4, 2)
crossprod(matrix(c(1i, 2, 3, 4i), 2))
tcrossprod(matrix(c(1i, 2, 3, 4i), 2), matrix(1:4, 2))
set.seed(1); p <- matrix(rnorm(300), 15); q <- matrix(rnorm(300), 20)
s <- p %*% q; sum(s); s[1:3, 1:3]
print(crossprod(p)[1:3,1:3], digits=17)
print(tcrossprod(p)[1:3,1:3], digits=17)
print((p %*% q)[c(1,7,15), c(2,9)], digits=17)
dim(matrix(0, 0, 3) %*% matrix(0, 3, 2))
matrix(0, 2, 0) %*% matrix(0, 0, 3)
array(1:3, 3, dimnames=list(c("u","v","w"))) %*% matrix(1:6, 3)
structure(matrix(1:4,2), dimnames=list(R=c("a","b"), C=c("c","d"))) %*% matrix(1:4,2,dimnames=list(NULL, c("e","f")))
