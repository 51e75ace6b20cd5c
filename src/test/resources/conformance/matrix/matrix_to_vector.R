m <- matrix(1:6, 2, dimnames = list(c("a", "b"), NULL))
as.vector(m)
c(m)
m[]
as.numeric(m)
x <- m
dim(x) <- NULL
x
as.matrix(1:3)
as.matrix(c(a = 1, b = 2))
is.matrix(m); is.matrix(1:3); is.array(m)
