x <- c(7.2, 3.1, 9.8, 4.4, 6.0, 5.5, 8.3)
IQR(x)
IQR(x, type = 6)
IQR(c(x, NA), na.rm = TRUE)
r <- tryCatch(IQR(c(x, NA)), error = function(e) conditionMessage(e))
r
IQR(1:10)
IQR(c(TRUE, FALSE, TRUE))
