df <- data.frame(id = 1:6, score = c(88.5, 92.25, 79, NA, 85.75, 90))
summary(df$score)
summary(df$id)
quantile(df$score, na.rm = TRUE)
