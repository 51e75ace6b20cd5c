# exact Wilcoxon signed rank and rank sum tests with confidence intervals
x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
print(wilcox.test(x, y, paired = TRUE, alternative = "greater"))
print(wilcox.test(x, mu = 1, conf.int = TRUE))
a <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
b <- c(1.15, 0.88, 0.90, 0.74, 1.21)
print(wilcox.test(a, b, alternative = "greater"))
print(wilcox.test(a, b, conf.int = TRUE))
print(wilcox.test(a, b, alternative = "less", conf.int = TRUE, conf.level = 0.9))
print(wilcox.test(y ~ g, data.frame(y = c(a, b), g = rep(1:2, c(10, 5)))))
w <- withCallingHandlers(wilcox.test(c(1, 2, 2, 3), c(4, 5, 5, 6)), warning = function(w) {
    cat("warning:", conditionMessage(w), "\n"); invokeRestart("muffleWarning") })
print(w$p.value)
