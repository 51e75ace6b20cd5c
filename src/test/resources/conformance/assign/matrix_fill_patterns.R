m <- matrix(1:6, 2)
m[m > 2 & m < 6] <- 0L
m
m[2, ] <- m[1, ]
m
m[, 2:3] <- 0
m
typeof(m)
m[[2, 1]] <- 99
m
z <- 1:10
z[c(TRUE, FALSE)] <- c(100L, 200L)
z
