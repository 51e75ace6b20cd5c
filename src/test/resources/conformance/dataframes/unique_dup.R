df <- data.frame(a = c(1, 2, 1, 3, 2), b = c("x", "y", "x", "z", "q"))
duplicated(df)
unique(df)
df[!duplicated(df$a), ]
anyDuplicated(df)
nrow(unique(df))
