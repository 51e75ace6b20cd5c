# aggregate() with several grouping columns, several value columns and vector results
sales <- data.frame(
  region = c("n", "n", "s", "s", "s", "e"),
  rep = c("a", "b", "a", "a", "c", "b"),
  units = c(3, 5, 2, 8, 1, 4),
  price = c(10, 12, 9, 11, 15, 10)
)
aggregate(units ~ region, data = sales, FUN = sum)
aggregate(cbind(units, price) ~ region, data = sales, FUN = mean)
aggregate(units ~ region + rep, data = sales, FUN = sum)
aggregate(. ~ region, data = sales[, c("region", "units", "price")], FUN = max)
aggregate(sales$units, by = list(reg = sales$region), FUN = length)
aggregate(sales[, c("units", "price")], by = list(sales$region, sales$rep), FUN = sum)
r <- aggregate(units ~ region, data = sales, FUN = range)
r
dim(r)
class(r$units)
aggregate(units ~ region, data = sales, FUN = function(v) round(mean(v), 1))
sales$units[2] <- NA
aggregate(units ~ region, data = sales, FUN = sum)
aggregate(sales["units"], by = list(region = sales$region), FUN = sum, na.rm = TRUE)
