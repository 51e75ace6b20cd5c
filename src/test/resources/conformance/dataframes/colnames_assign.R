df <- data.frame(a = 1:2, b = 3:4)
names(df) <- c("first", "second")
df
colnames(df)[2] <- "SECOND"
df
rownames(df) <- c("r1", "r2")
df
row.names(df) <- NULL
df
dimnames(df)
names(df)[names(df) == "first"] <- "one"
names(df)
