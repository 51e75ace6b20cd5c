df <- data.frame(
  pi = pi * 10^(-3:3),
  third = 1 / 3 * c(1, 10, 1e5, 1e-5, 1e10, 1e20, -1),
  big = c(2^31, 2^53, 1e15 + 0.5, 123456.7890123, 1e-300, .Machine$double.xmax, 0)
)
write.csv(df, row.names = FALSE)
write.csv(data.frame(x = c(Inf, -Inf, NaN, NA, -0)), row.names = FALSE)
write.csv(data.frame(z = complex(real = c(1, -1.5), imaginary = c(2, 0))), row.names = FALSE)
path <- tempfile()
write.csv(df, path, row.names = FALSE)
back <- read.csv(path)
all.equal(back, df, tolerance = 0)
identical(back$third, df$third)
unlink(path)
