df <- data.frame(size = factor(c("small", "large", "medium", "small"), levels = c("small", "medium", "large")), n = 1:4)
df
levels(df$size)
df[df$size == "small", ]
df[order(df$size), ]
as.integer(df$size)
df$size <- droplevels(df$size[c(1, 1, 2, 2)])
df
table(df$size)
