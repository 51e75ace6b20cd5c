rows <- lapply(1:3, function(i) c(id = i, square = i^2))
m <- do.call(rbind, rows)
print(m)
print(do.call(cbind, list(a = 1:2, b = 3:4)))
