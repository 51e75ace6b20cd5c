# Indexing a frame by a logical matrix (e.g. from is.na or a comparison)
d <- data.frame(a = c(1, NA, 3), b = c(NA, 5, 6), c = c(7, 8, NA))
is.na(d)
d[is.na(d)]
d[!is.na(d)]
d[d > 4 & !is.na(d)]
d[is.na(d)] <- 0
d
e <- data.frame(x = c(-1, 2, -3), y = c(4, -5, 6))
e[e < 0] <- NA
e
e[as.matrix(e) > 3 & !is.na(as.matrix(e))] <- 100
e
m <- which(is.na(e), arr.ind = TRUE)
m
