# What a Lambda handler does with a JSON array of measurements
handler <- function(values) {
  s <- summary(values)
  list(n = length(values), mean = round(mean(values), 3), median = median(values),
       sd = round(sd(values), 3), p90 = unname(quantile(values, 0.9)),
       range = range(values), iqr = IQR(values))
}
out <- handler(c(3.2, 4.8, 1.9, 7.4, 5.5, 2.6, 6.1))
str(out)
print(summary(c(3.2, 4.8, 1.9, 7.4, 5.5, 2.6, 6.1)))
