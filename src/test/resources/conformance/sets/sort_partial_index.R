s <- sort(c(3, 1, 2), index.return = TRUE)
s$x
s$ix
sort.int(c(b = 2, a = 1))
sort(c(10, 2, 33), method = "radix")
x <- c(5, 2, 9)
x[order(x, decreasing = TRUE)][1:2]
