x <- c(5, -3, 8, -1, 0)
x[x < 0] <- 0
x
y <- c(1, NA, 3, NA)
y[is.na(y)] <- mean(y, na.rm = TRUE)
y
z <- 1:6
z[c(TRUE, FALSE)] <- 0L
z
s <- c("a", "b", "c")
s[s == "b"] <- "B"
s
w <- 1:3
w[c(TRUE, NA, FALSE)] <- 9L
w
