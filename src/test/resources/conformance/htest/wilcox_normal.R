# Wilcoxon tests with the normal approximation (ties, exact = FALSE), intervals, formula
x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
print(wilcox.test(x, y, paired = TRUE, exact = FALSE))
print(wilcox.test(x, y, exact = FALSE, conf.int = TRUE))
print(wilcox.test(x, mu = 1, exact = FALSE, conf.int = TRUE))
print(wilcox.test(c(1, 2, 2, 3, 4, 5, 5), c(3, 4, 5, 6, 6, 7)))
d <- data.frame(v = c(x, y), g = rep(c("a", "b"), each = 9))
print(wilcox.test(v ~ g, d, exact = FALSE, alternative = "greater"))
