# Every common column type side by side
d <- data.frame(
  i = c(1L, -20L),
  n = c(1.5, 22),
  s = c("x", "long string"),
  b = c(TRUE, FALSE),
  f = factor(c("lo", "hi")),
  dt = as.Date(c("2024-01-05", "2023-12-31")),
  cx = complex(real = 1:2, imaginary = c(-1, 0.5))
)
d
str(d)
sapply(d, class)
d[order(d$dt), ]
print(d, right = FALSE)
print(d, row.names = FALSE)
data.frame(a = I(list(1:3, "x")))
