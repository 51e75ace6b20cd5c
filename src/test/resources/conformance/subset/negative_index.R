x <- c(a = 1, b = 2, c = 3, d = 4)
x[-1]
x[-c(1, 3)]
x[-(1:4)]
x[-10]
x[c(-1, 0)]
x[-length(x)]
y <- 1:5
y[-c(2, 2)]
tryCatch(x[c(-1, 2)], error = function(e) conditionMessage(e))
tryCatch(x[c(-1, NA)], error = function(e) conditionMessage(e))
