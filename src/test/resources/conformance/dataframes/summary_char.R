df <- data.frame(name = c("x", "y", "z"), ok = c(TRUE, FALSE, NA), n = c(1, 2, 3))
summary(df)
summary(c(TRUE, FALSE, TRUE))
summary(c("a", "b"))
