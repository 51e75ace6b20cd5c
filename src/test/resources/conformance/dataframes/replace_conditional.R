# Conditional updates typical of cleaning steps
d <- data.frame(
  name = c("a", "b", "c", "d", "e"),
  amount = c(10, -3, NA, 250, 40),
  currency = c("usd", "USD", "eur", "usd", NA)
)
d$amount[d$amount < 0 & !is.na(d$amount)] <- 0
d[is.na(d$amount), "amount"] <- median(d$amount, na.rm = TRUE)
d$currency <- toupper(d$currency)
d[is.na(d$currency), "currency"] <- "UNK"
d
d[d$amount > 100, c("name", "amount")] <- list("BIG", 100)
d
d[d$currency == "EUR", ]$amount <- d[d$currency == "EUR", ]$amount * 1.1
d
d[, "amount"] <- round(d[, "amount"])
d
d[2:3, ] <- d[3:2, ]
d
d[d$name == "zzz", "amount"] <- 1
d
d[c("name", "currency")] <- lapply(d[c("name", "currency")], tolower)
d
