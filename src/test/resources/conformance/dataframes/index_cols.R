df <- data.frame(a = 1:3, b = c("x", "y", "z"), c = c(1.5, 2.5, 3.5))
df[, 1]
df[, "b"]
df[, c("a", "c")]
df[, 2, drop = FALSE]
df["b"]
df[c("c", "a")]
df[-2]
df[[1]]
df[["c"]]
df$b
df[2, "c"]
df[[2, "b"]]
df[, c(TRUE, FALSE, TRUE)]
