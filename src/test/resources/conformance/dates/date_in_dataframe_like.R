dates <- as.Date(c("2024-01-03", "2024-01-10", "2024-02-01"))
amounts <- c(120, 80, 45)
monthly <- tapply(amounts, format(dates, "%Y-%m"), sum)
monthly
