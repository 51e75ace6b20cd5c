money <- function(x) structure(list(amount = x), class = "money")
"+.money" <- function(e1, e2) money(e1$amount + e2$amount)
print.money <- function(x, ...) cat("$", format(x$amount, nsmall = 2), "\n")
a <- money(5)
b <- money(2.5)
a + b
Ops.temp <- function(e1, e2) {
  v <- get(.Generic)(unclass(e1), unclass(e2))
  if (.Generic %in% c("+", "-", "*", "/")) structure(v, class = "temp") else v
}
t1 <- structure(20, class = "temp")
t2 <- structure(5, class = "temp")
unclass(t1 + t2)
t1 > t2
t1 == 20
