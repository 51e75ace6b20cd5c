# Generates real_cases.txt: GNU R's common formatting of many double vectors.
# Each line: digits|values as %a hex (NA, NaN, Inf, -Inf spelled out)|w,d,e|format(x, digits=) elements...
# Run: LC_ALL=C.UTF-8 Rscript --vanilla real_cases.R > real_cases.txt
hex <- function(v) vapply(v, function(x) {
  if (is.na(x) && !is.nan(x)) "NA" else if (is.nan(x)) "NaN"
  else if (is.infinite(x)) (if (x > 0) "Inf" else "-Inf") else sprintf("%a", x)
}, "")
emit <- function(x, digits = 7) {
  fi <- format.info(x, digits = digits)
  if (length(fi) < 3) fi <- c(fi, 0, 0)
  cat(digits, "|", paste(hex(x), collapse = ","), "|", paste(fi, collapse = ","), "|",
      paste(format(x, digits = digits), collapse = "|"), "\n", sep = "")
}
fixedcases <- list(1/3, 2/3, c(1/3, 2/3), pi * 1e5, 1e5, 123456.7, 1e-5, 0.1 + 0.2, c(1.5, NA, 3),
  c(1, 10, 100), 1e15, 1e16, 123456789012, .Machine$double.eps, 1e-300, 5e-324, c(0.00001, 123),
  seq(0, 1, 0.1), 100000, 123456, 1234567, 12345678, 0.1, 0.15, 0.25, 0.35, 2.5, 0.5, 1.5, 9996, 99999.5,
  999999.5, 9999999.5, 0.99999995, 0.999999949, 1e-15, 1e22, 1e23, 1e300, .Machine$double.xmax,
  .Machine$double.xmin, -0.0, c(-1, 1), c(-1.5, NaN, Inf, -Inf, NA), NA_real_, NaN, Inf, -Inf,
  c(NA, NaN), c(1e-10, 1), c(1e10, 1), c(123.456, 0.001), c(1e5, 1e-5), 314159.26535, exp(1), exp(10),
  exp(-10), c(0.1, 0.12, 0.123), 1e5 + 0.1, 2^31, 2^52, 2^53, 2^53 + 2, 2^63, 2^64, 1/7, 22/7, 100 * pi,
  c(1e-300, 1e300), 1e-99, 1e-100, 1e99, 1e100, c(1.123456789, 123456.1), 0.000123456, -0.000123456,
  c(-1e-20, 5), 1234.5678, 5e-5, 0.0001, 0.00012, 33.3333333, 66.666666666, 1e6, 1e7, 1234567.1,
  4.35, 4.45, 0.45, 1.005, 2.675, 1.0000001, 1.00000001, 0.30000000000000004, 1 - 1e-16, 1 + 2^-52)
for (x in fixedcases) for (d in c(1, 2, 3, 5, 7, 10, 15, 16, 17, 22)) emit(x, d)
set.seed(42)
for (i in 1:400) {
  k <- sample(1:6, 1)
  mag <- sample(-30:30, 1)
  x <- signif(runif(k) * 10^mag, sample(1:16, 1))
  if (runif(1) < 0.3) x <- -x
  if (runif(1) < 0.2) x[1] <- round(x[1])
  emit(x, sample(1:15, 1))
}
for (i in 1:300) {
  x <- round(rnorm(sample(1:5, 1)) * 10^sample(-3:6, 1), sample(0:8, 1))
  emit(x, sample(c(1:9, 7, 7, 7), 1))
}
# values close to decimal ties, where long double double-rounding matters
for (i in 1:300) {
  d <- sample(1:12, 1)
  x <- (sample(1:99999, 1) + 0.5) / 10^sample(0:8, 1)
  emit(x, d)
}
