x <- c(3, 1, 4, 1, 5, 9, 2, 6)
total <- 0
for (i in seq_along(x)) if (x[i] > 2) total <- total + x[i]
total
running <- numeric(length(x))
for (i in seq_along(x)) running[i] <- sum(x[1:i])
running
pairs <- character(0)
for (i in 1:(length(x) - 1)) pairs[i] <- paste(x[i], x[i + 1], sep = "-")
pairs
