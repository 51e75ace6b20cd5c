df <- data.frame(g = factor(c("a", "b", "a"), levels = c("a", "b", "c")),
                 h = factor(c("x", "x", "y"), levels = c("x", "y", "z")), v = 1:3)
table(df$g)
table(df[, c("g", "h")])
droplevels(df)$h
str(droplevels(df, except = 2))
levels(df$g) <- c("A", "B", "C")
df$g
df$g <- factor(df$g, levels = rev(levels(df$g)))
levels(df$g)
df[order(df$g), ]
summary(df$g)
nlevels(df$h)
sapply(df, nlevels)
sapply(df, is.factor)
df$h <- as.character(df$h)
str(df)
aggregate(v ~ g, df, sum)
xtabs(v ~ g, df)
