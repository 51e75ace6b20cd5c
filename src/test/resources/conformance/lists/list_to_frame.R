items <- list(
  list(sku = "A1", qty = 2, price = 9.5),
  list(sku = "B2", qty = 1, price = 20),
  list(sku = "C3", qty = 4, price = 1.25)
)
df <- do.call(rbind, lapply(items, function(i) data.frame(sku = i$sku, qty = i$qty, price = i$price)))
df
df$line <- df$qty * df$price
df
str(df)
as.list(df[1, ])
