items <- c("coffee", "tea", "cake")
prices <- c(3.5, 2.25, 4)
for (i in seq_along(items))
  cat(formatC(items[i], width = -10), formatC(prices[i], format = "f", digits = 2, width = 8), "\n", sep = "")
