df <- data.frame(x = c(1, NA, 3), y = c(4, 5, NA))
colSums(df)
colSums(df, na.rm = TRUE)
colMeans(df, na.rm = TRUE)
rowSums(df, na.rm = TRUE)
r <- tryCatch(colSums(data.frame(a = 1:2, b = c("x", "y"))), error = function(e) conditionMessage(e))
r
