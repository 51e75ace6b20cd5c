df <- data.frame(v = c(0.1 + 0.2, 1/3, 1e-20, 123456789012, 1e15, 1e16, 100000, 1e5 + 0.1, -0.000012345, 2/3 * 1e6))
write.csv(df, row.names = FALSE)
write.table(data.frame(a = c(1.5, 2.25)), dec = ",", sep = ";")
write.csv(data.frame(i = c(1L, NA, -3L), d = as.Date(c("2024-01-05", NA, "2023-12-31"))))
