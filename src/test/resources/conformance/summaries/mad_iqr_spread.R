resp <- c(101, 98, 105, 97, 300, 99, 102, 100)
mad(resp)
mad(resp, constant = 1)
mad(resp, center = 100)
mad(resp, low = TRUE)
mad(resp, high = TRUE)
mad(c(1, NA, 3))
mad(c(1, NA, 3), na.rm = TRUE)
IQR(resp)
IQR(resp, type = 1)
IQR(c(1, NA, 5), na.rm = TRUE)
r <- tryCatch(IQR(c(1, NA, 5)), error = function(e) conditionMessage(e))
r
sd(resp) / mean(resp)
outliers <- resp[abs(resp - median(resp)) / mad(resp) > 3.5]
outliers
fivenum(resp)
boxplot.stats(resp)$out
diff(range(resp))
