sales <- data.frame(
  region = c("east", "west", "east", "north", "west", "east"),
  product = c("a", "a", "b", "b", "a", "a"),
  amount = c(100, 250, 75, 300, 50, 25)
)
aggregate(amount ~ region, data = sales, FUN = sum)
aggregate(amount ~ region + product, data = sales, FUN = sum)
aggregate(amount ~ product, data = sales, FUN = mean)
aggregate(amount ~ region, data = sales, FUN = length)
