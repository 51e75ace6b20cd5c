n <- 1000
df <- data.frame(id = seq_len(n), g = rep(c("a", "b", "c", "d"), length.out = n), v = (seq_len(n) %% 17) / 4)
dim(df)
head(df, 3)
tail(df, 3)
agg <- aggregate(v ~ g, data = df, FUN = sum)
agg
sum(df$v[df$g == "c"])
df2 <- df[df$v > 3.5, ]
nrow(df2)
head(df2[order(-df2$v, df2$id), ], 4)
