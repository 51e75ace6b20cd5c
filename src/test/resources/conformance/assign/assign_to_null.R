x <- NULL
x[3] <- 1
x
y <- NULL
y$a <- 1
str(y)
z <- NULL
z[["k"]] <- "v"
z
w <- NULL
w[["k"]] <- 1:2
str(w)
q <- NULL
q[2] <- list(1)
str(q)
