df <- data.frame(score = c(90, 85, 77), row.names = c("alice", "bob", "carol"))
df
rownames(df)
df["bob", ]
df2 <- data.frame(name = c("x", "y"), v = 1:2, row.names = "name")
df2
v <- c(first = 1, second = 2)
data.frame(v)
attributes(data.frame(a = 1:3))
