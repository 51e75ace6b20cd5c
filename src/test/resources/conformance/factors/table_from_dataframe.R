events <- data.frame(
  service = c("auth", "api", "api", "db", "auth", "api", "db", "api"),
  level = c("error", "warn", "error", "error", "warn", "warn", "info", "error"),
  stringsAsFactors = TRUE
)
table(events)
table(events$service)
t <- table(events$service, events$level, dnn = c("service", "level"))
t
t["api", "error"]
t[, "error"]
apply(t, 1, sum)
rowSums(t)
colSums(t)
as.data.frame(t)
as.data.frame(table(events$level), responseName = "n")
xt <- xtabs(~ service + level, data = events)
xt
summary(events)
