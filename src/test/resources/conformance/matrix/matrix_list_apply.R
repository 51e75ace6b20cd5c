rows <- list(c(1, 2, 3), c(4, 5, 6), c(7, 8, 9))
m <- do.call(rbind, rows)
m
do.call(cbind, list(a = 1:2, b = 3:4))
sapply(1:3, function(i) c(min = i, max = i^2))
vapply(1:3, function(i) i * c(1, 2), numeric(2))
Reduce(`+`, list(diag(2), diag(2), matrix(1, 2, 2)))
