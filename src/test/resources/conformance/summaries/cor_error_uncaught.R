x <- c(1.1, 2.2, 3.3)
y <- c(2.0, 4.1)
cat("correlating\n")
cor(x, y)
