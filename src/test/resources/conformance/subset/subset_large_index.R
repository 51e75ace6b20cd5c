x <- 1:5
x[c(1e9)]
x[.Machine$integer.max]
x[-1e9]
l <- list(1)
l[3]
