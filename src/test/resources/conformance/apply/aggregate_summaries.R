# grouped summaries with aggregate
df <- data.frame(dept = c("a", "b", "a", "b", "c"),
                 year = c(2023, 2023, 2024, 2024, 2024),
                 cost = c(10, 20, 30, 40, 50),
                 hours = c(1, 2, 3, 4, 5))
aggregate(cost ~ dept, data = df, FUN = sum)
aggregate(cbind(cost, hours) ~ dept, data = df, FUN = mean)
aggregate(cost ~ dept + year, data = df, FUN = sum)
aggregate(. ~ dept, data = df[, c("dept", "cost", "hours")], FUN = max)
aggregate(df$cost, by = list(group = df$dept), FUN = sum)
aggregate(df[, c("cost", "hours")], by = list(df$year), FUN = mean)
aggregate(cost ~ dept, data = df, FUN = length)
aggregate(cost ~ dept, data = df, FUN = function(v) round(mean(v) / 3, 2))
aggregate(cost ~ dept, data = df, FUN = range)
df2 <- data.frame(g = c("x", "x", "y"), v = c(1, NA, 3))
aggregate(v ~ g, data = df2, FUN = sum)
aggregate(df2$v, list(g = df2$g), sum, na.rm = TRUE)
