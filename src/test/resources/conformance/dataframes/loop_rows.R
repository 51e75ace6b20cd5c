df <- data.frame(name = c("a", "b", "c"), qty = c(2, 0, 5), price = c(1.5, 3, 0.2))
for (i in seq_len(nrow(df))) {
  row <- df[i, ]
  cat(sprintf("%s: %d x %.2f = %.2f\n", row$name, as.integer(row$qty), row$price, row$qty * row$price))
}
totals <- numeric(nrow(df))
for (i in seq_len(nrow(df))) totals[i] <- df$qty[i] * df$price[i]
df$total <- totals
df
apply(df[, c("qty", "price")], 1, prod)
