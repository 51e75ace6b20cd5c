# colMeans/colSums/rowSums/rowMeans on frames, with NA and non-numeric columns
d <- data.frame(q1 = c(4, 5, NA, 2), q2 = c(3, 3, 4, NA), q3 = c(5L, 1L, 2L, 2L),
                row.names = c("ann", "bob", "cy", "dee"))
colSums(d)
colSums(d, na.rm = TRUE)
colMeans(d, na.rm = TRUE)
rowSums(d)
rowSums(d, na.rm = TRUE)
rowMeans(d, na.rm = TRUE)
d$total <- rowSums(d[, c("q1", "q2", "q3")], na.rm = TRUE)
d
d[order(-d$total), ]
colMeans(d[0, ])
rowSums(data.frame(a = c(TRUE, FALSE), b = c(TRUE, TRUE)))
round(colMeans(d[sapply(d, is.numeric)], na.rm = TRUE), 2)
e <- data.frame(n = 1:2, s = c("a", "b"))
r <- tryCatch(colSums(e), error = function(e) conditionMessage(e))
r
r <- tryCatch(rowMeans(e), error = function(e) conditionMessage(e))
r
colSums(e["n"])
