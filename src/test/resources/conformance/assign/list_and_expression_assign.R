e <- function(expr) tryCatch(expr, error = function(e) conditionMessage(e), warning = function(w) paste("W:", conditionMessage(w)))
x <- 1:3
x[2] <- list("a")
str(x)
y <- c(a = 1, b = 2)
y[["b"]] <- list(9)
str(y)
l <- list(1, 2)
l[1:2] <- 5:6
str(l)
ex <- expression(a + 1, b)
ex[[2]] <- quote(c * 2)
ex
m <- matrix(list(1, 2, 3, 4), 2)
m[[1, 2]]
m[[2, 2]] <- "z"
m[2, ]
e({z <- 1:3; z[c(TRUE, NA)] <- 5:6; z})
e({z <- 1:3; z[4:5] <- 1:3; z})
w <- 1:3
w[0.5] <- 9L
w
w[3.7] <- 5L
w
