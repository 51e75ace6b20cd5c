x <- 1:3
x[2] <- "a"
x
typeof(x)
y <- c(TRUE, FALSE)
y[3] <- 2L
y
typeof(y)
z <- 1:4
z[1] <- 2.5
z
typeof(z)
w <- c(1, 2)
w[2] <- TRUE
w
typeof(w)
v <- 1:2
v[[2]] <- list(9)
str(v)
cx <- c(1, 2)
cx[1] <- 1i
cx
