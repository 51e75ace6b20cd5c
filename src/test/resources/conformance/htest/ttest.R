# t tests: one sample, two sample (Welch and pooled), paired, formula, alternatives
sleep <- data.frame(extra = c(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0, 2, 1.9, 0.8, 1.1,
                              0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4),
                    group = factor(rep(1:2, each = 10)), ID = factor(rep(1:10, 2)))
print(t.test(extra ~ group, sleep))
print(t.test(extra ~ group, sleep, var.equal = TRUE))
x <- sleep$extra[1:10]; y <- sleep$extra[11:20]
print(t.test(x, y, paired = TRUE))
print(t.test(x, mu = 1))
print(t.test(x, alternative = "greater"))
print(t.test(x, y, alternative = "less", conf.level = 0.9))
tt <- t.test(x, y)
print(names(tt))
print(tt$statistic); print(tt$parameter); print(tt$p.value); print(tt$conf.int); print(tt$stderr)
print(t.test(c(x, NA), mu = 0.5)$statistic)
r <- try(t.test(1), silent = TRUE)
cat(r)
r <- try(t.test(c(2, 2, 2)), silent = TRUE)
cat(r)
r <- try(t.test(extra ~ ID, sleep), silent = TRUE)
cat(r)
print(var.test(x, y))
print(var.test(extra ~ group, sleep, alternative = "greater"))
