m <- matrix(c(5, 3, 8, 1, 9, 2), 2)
m[m > 4]
m[m > 4] <- NA
m
which(is.na(m))
m[is.na(m)] <- 0
m
any(m == 0)
m[, colSums(m) > 2, drop = FALSE]
