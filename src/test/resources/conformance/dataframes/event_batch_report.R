# Lambda-style batch: parse records, validate, enrich, summarise per group
records <- list(
  list(id = "e1", user = "u1", kind = "purchase", amount = 19.99, ts = "2024-05-01"),
  list(id = "e2", user = "u2", kind = "refund", amount = -5, ts = "2024-05-01"),
  list(id = "e3", user = "u1", kind = "purchase", amount = 5.01, ts = "2024-05-02"),
  list(id = "e4", user = "u3", kind = "purchase", amount = NA, ts = "2024-05-02"),
  list(id = "e5", user = "u2", kind = "purchase", amount = 100, ts = "2024-05-03")
)
df <- do.call(rbind, lapply(records, function(r) data.frame(r, stringsAsFactors = FALSE)))
df$ts <- as.Date(df$ts)
df$kind <- factor(df$kind, levels = c("purchase", "refund", "chargeback"))
invalid <- df[is.na(df$amount), "id"]
cat("invalid records:", invalid, "\n")
df <- df[!is.na(df$amount), ]
df$day <- format(df$ts, "%a")
per_user <- aggregate(amount ~ user, data = df, FUN = sum)
per_user <- per_user[order(-per_user$amount), ]
rownames(per_user) <- NULL
per_user
table(df$kind)
daily <- tapply(df$amount, format(df$ts), sum)
daily
summary(df$amount)
out <- merge(per_user, data.frame(user = c("u1", "u2", "u3"), tier = c("gold", "silver", "gold")), all.y = TRUE)
out$amount[is.na(out$amount)] <- 0
out
sprintf("%s: %.2f (%s)", out$user, out$amount, out$tier)
