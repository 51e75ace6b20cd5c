scores <- c(71, 88, 92, 65, 79, 84, 90, 58, 77, 95)
q <- quantile(scores, c(0.25, 0.75), names = FALSE)
q
iqr <- q[2] - q[1]
iqr
lower <- q[1] - 1.5 * iqr
upper <- q[2] + 1.5 * iqr
c(lower = lower, upper = upper)
scores[scores < lower | scores > upper]
