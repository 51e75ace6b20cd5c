orders <- data.frame(
  region = c("eu", "us", "eu", "asia", "us", "eu", "asia", "us"),
  channel = c("web", "web", "app", "app", "web", "web", "web", "app")
)
t <- table(orders$region, orders$channel)
t
margin.table(t)
margin.table(t, 1)
margin.table(t, 2)
marginSums(t, 1)
addmargins(t)
addmargins(t, 1)
addmargins(t, 2)
round(prop.table(t), 3)
round(prop.table(t, 1), 3)
addmargins(prop.table(t))
t2 <- with(orders, table(region, channel))
t2
addmargins(t2)
dim(t2)
dimnames(t2)
