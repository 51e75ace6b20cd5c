df <- data.frame(
  os = c("linux", "mac", "linux", "win", "mac", "linux", "win", "linux"),
  tier = c("free", "pro", "pro", "free", "free", "free", "pro", "pro"),
  region = c("eu", "eu", "us", "us", "eu", "us", "eu", "eu")
)
t3 <- table(df$os, df$tier, df$region)
t3
dim(t3)
margin.table(t3, 3)
margin.table(t3, c(1, 3))
round(prop.table(table(df$os)), 3)
proportions(table(df$tier))
prop.table(c(a = 1, b = 3))
apply(t3, c(1, 3), sum)
apply(t3, 3, sum)
t2 <- table(df$os, df$tier)
round(100 * prop.table(t2, 2), 1)
r <- tryCatch(table(), error = function(e) conditionMessage(e))
r
r <- tryCatch(table(1:3, 1:2), error = function(e) conditionMessage(e))
r
