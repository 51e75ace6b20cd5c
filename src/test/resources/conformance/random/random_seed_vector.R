set.seed(42)
s <- .Random.seed
length(s)
s[1:5]
u1 <- runif(2)
.Random.seed <- s
u2 <- runif(2)
identical(u1, u2)
