x <- c(c = 3, a = 1, b = 2)
rev(x)
sort(x)
x[order(names(x))]
names(sort(x, decreasing = TRUE))
rev(sort(names(x)))
