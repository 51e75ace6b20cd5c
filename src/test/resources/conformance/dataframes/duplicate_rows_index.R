df <- data.frame(a = c(10, 20, 30), row.names = c("x", "y", "z"))
df[c("x", "x", "z"), , drop = FALSE]
df[c(3, 1), , drop = FALSE]
df[c(TRUE, NA, FALSE), , drop = FALSE]
