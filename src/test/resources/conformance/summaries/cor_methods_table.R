visits <- c(120, 340, 560, 230, 410, 610, 90)
signups <- c(4, 12, 21, 6, 15, 25, 2)
revenue <- c(80, 300, 520, 150, 390, 640, 30)
m <- cbind(visits, signups, revenue)
round(cor(m), 4)
round(cor(m, method = "spearman"), 4)
round(cor(m, method = "kendall"), 4)
round(cov(m), 2)
cor(visits, signups, method = "spearman")
cor(rank(visits), rank(signups))
cor(c(1, 2, 2, 3), c(1, 1, 2, 3), method = "kendall")
cor(c(1, 2, 3, NA), c(2, 4, 7, 8), use = "complete.obs")
r <- tryCatch(cor(c(1, 2, 3, NA), c(2, 4, 7, 8)), error = function(e) conditionMessage(e))
r
r <- tryCatch(cor(m, method = "pearsn"), error = function(e) conditionMessage(e))
r
r <- tryCatch(cor("a", "b"), error = function(e) conditionMessage(e))
r
