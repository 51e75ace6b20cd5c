units <- c(120, 85, 300, 45, 210, 160, 95)
price <- c(2.5, 4.0, 1.25, 10, 3.75, 2.0, 6.5)
revenue <- units * price
summary(revenue)
weighted.mean(price, units)
cor(units, price)
cor(units, price, method = "spearman")
quantile(revenue, c(0.1, 0.5, 0.9), type = 6)
