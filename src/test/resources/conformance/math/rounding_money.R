prices <- c(19.995, 5.005, 0.125, 100.5)
round(prices, 2)
signif(prices, 3)
ceiling(prices)
floor(prices * 100) / 100
format(round(1234.5678, 2), nsmall = 2)
totals <- round(cumsum(prices), 2)
totals
