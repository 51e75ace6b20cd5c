x <- c(a = 1, b = 2, c = 3, d = 4)
x[-1]
x[-c(1, 4)]
x[-(2:3)]
x[-10]
x[-length(x)]
x[c(-1, 0, -2)]
z <- 1:10
z[-(1:5)]
z[-seq(2, 10, by = 2)]
r <- tryCatch(z[c(-1, 2)], error = function(e) conditionMessage(e))
r
