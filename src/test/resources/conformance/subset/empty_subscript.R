x <- c(a = 1, b = 2)
x[]
l <- list(1, "two")
l[]
m <- matrix(1:4, 2)
m[]
m[, ]
x[integer(0)]
x[character(0)]
x[NULL]
