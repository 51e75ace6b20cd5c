df <- data.frame(day = as.Date(c("2024-03-01", "2024-01-15", "2024-02-10")), value = c(3, 1, 2))
df
df[order(df$day), ]
class(df$day)
df$month <- format(df$day, "%m")
df
str(df)
