df <- data.frame(k = c("a", "b"), v = c(10, 200))
print(df, row.names = FALSE)
print(df, right = FALSE)
