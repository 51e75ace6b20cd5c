# order-processing style script
set.seed(42)
n <- 200
orders <- data.frame(
  id = sprintf("ORD-%04d", seq_len(n)),
  customer = sample(c("acme", "globex", "initech", "umbrella", "hooli"), n, replace = TRUE),
  amount = round(runif(n, 5, 500), 2),
  qty = sample(1:10, n, replace = TRUE),
  status = sample(c("paid", "pending", "refunded"), n, replace = TRUE, prob = c(0.7, 0.2, 0.1)),
  stringsAsFactors = FALSE
)
orders$date <- as.Date("2024-01-01") + sample(0:89, n, replace = TRUE)
orders$month <- format(orders$date, "%Y-%m")
str(orders)
summary(orders[, c("amount", "qty")])
paid <- subset(orders, status == "paid")
by_cust <- aggregate(amount ~ customer, data = paid, FUN = sum)
by_cust <- by_cust[order(-by_cust$amount), ]
print(by_cust, row.names = FALSE)
tab <- table(orders$customer, orders$status)
print(tab)
print(round(prop.table(tab, 1), 3))
print(addmargins(tab))
monthly <- tapply(paid$amount, paid$month, sum)
print(round(monthly, 2))
qs <- quantile(orders$amount, c(0.1, 0.5, 0.9))
print(qs)
orders$size <- cut(orders$amount, breaks = c(0, 50, 200, Inf), labels = c("small", "medium", "large"))
print(table(orders$size, useNA = "ifany"))
top <- head(orders[order(orders$amount, decreasing = TRUE), c("id", "customer", "amount")], 5)
print(top)
cat(sprintf("%-10s %8.2f\n", by_cust$customer, by_cust$amount), sep = "")
cat(toupper(letters[1:3]), sep = ", "); cat("\n")
l <- split(orders$amount, orders$customer)
print(sapply(l, function(v) c(n = length(v), mean = round(mean(v), 1))))
print(vapply(l, median, numeric(1)))
print(do.call(rbind, lapply(names(l), function(k) data.frame(customer = k, max = max(l[[k]])))))
print(mapply(function(a, b) a * b, orders$amount[1:5], orders$qty[1:5]))
print(Reduce(`+`, 1:5, accumulate = TRUE))
m <- merge(by_cust, data.frame(customer = c("acme", "hooli", "other"), region = c("east", "west", "north")), all.x = TRUE)
print(m)
