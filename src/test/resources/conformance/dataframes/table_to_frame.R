orders <- data.frame(status = c("new", "shipped", "new", "returned", "shipped", "new"))
tab <- table(orders$status)
as.data.frame(tab)
df <- as.data.frame(tab, responseName = "count")
df[order(-df$count), ]
t2 <- table(c("a", "b", "a"), c("x", "x", "y"))
as.data.frame(t2)
