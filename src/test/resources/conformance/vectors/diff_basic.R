diff(c(1, 4, 9, 16))
diff(1:10, lag = 2)
diff(1:10, differences = 2)
diff(c(a = 1, b = 3, c = 6))
diff(5)
typeof(diff(1:3))
diff(c(2.5, 1, NA, 4))
prices <- c(100, 102.5, 101, 105)
diff(prices) / prices[-length(prices)]
