df <- data.frame(
  small = c(0.001234, 0.5, 12),
  big = c(123456789, 2, 3.5),
  int = c(1L, 100L, 10000L),
  sci = c(1e-10, 1, 1e10),
  neg = c(-1.5, 2.25, -3.125)
)
df
print(df, digits = 3)
data.frame(x = c(1/3, 2/3, 1))
data.frame(p = c(0.1 + 0.2, 100))
