df <- data.frame(
  name = c("a", NA, "c"),
  value = c(1.5, NA, 3),
  flag = c(NA, TRUE, FALSE),
  f = factor(c("u", "v", NA)),
  n = c(NA, 2L, 3L)
)
df
print(df, na.print = "-")
