# Data-frame workload: build, filter, order, aggregate, merge and print a summary.
n <- 20000
ids <- seq_len(n)
df <- data.frame(id = ids, g = c("a", "b", "c", "d", "e")[ids %% 5 + 1], x = (ids %% 97) / 3, y = ids %% 11)
big <- df[df$x > 10, ]
big <- big[order(-big$x, big$id), ]
agg <- aggregate(x ~ g, data = df, FUN = sum)
lookup <- data.frame(g = c("a", "b", "c", "d", "e"), label = c("A", "B", "C", "D", "E"))
m <- merge(agg, lookup)
df$z <- df$x * df$y
s <- sapply(split(df$z, df$g), mean)
print(head(big, 3))
print(m)
print(round(s, 3))
cat(nrow(big), sum(df$z), "\n")
