df <- data.frame(price = c(10, 20, 30), qty = c(1, 5, 2))
with(df, sum(price * qty))
with(df, mean(price))
df2 <- within(df, {
  revenue <- price * qty
  big <- revenue > 50
})
df2
df3 <- within(df, rm(qty))
df3
