m <- cbind(a = c(1, 2, NA, 4, 5, 7),
           b = c(2, 1, 4, 3, NA, 8),
           c = c(NA, 5, 3, 2, 1, 0))
cor(m)
cor(m, use = "pairwise.complete.obs")
cor(m, use = "pairwise")
cov(m, use = "pairwise.complete.obs")
cor(m, use = "pairwise.complete.obs", method = "spearman")
cor(m, use = "complete.obs")
r <- tryCatch(cov(m, use = "pairwise", method = "kendall"), error = function(e) conditionMessage(e))
r
