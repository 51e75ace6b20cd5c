# Numeric column formatting: digits, scientific notation, mixed magnitudes
d <- data.frame(
  tiny = c(0.000012, 0.5, 3),
  huge = c(1e10, 2.5e11, 123456789),
  ratio = c(1/3, 2/3, 1),
  int = c(1L, 100L, -5L)
)
d
print(d, digits = 3)
print(d, digits = 10)
format(d)
format(d, nsmall = 2)
data.frame(x = c(1e-20, 1, 1e20))
data.frame(p = c(0.05, 0.001, 1e-8))
data.frame(x = c(-1.5, NaN, Inf, -Inf, NA))
data.frame(x = c(123456.7, 0.1))
options(scipen = 5)
data.frame(x = c(1e-7, 1))
options(scipen = 0, digits = 4)
data.frame(x = pi * 1:3, y = exp(1:3))
