# bucket response times into quartile bins and count them
set.seed(1)
ms <- c(120, 95, 310, 180, 150, 90, 400, 220, 130, 175, 260, 105)
q <- quantile(ms, probs = seq(0, 1, 0.25))
q
bins <- cut(ms, breaks = q, include.lowest = TRUE)
bins
table(bins)
bins2 <- cut(ms, breaks = q, include.lowest = TRUE, labels = c("Q1", "Q2", "Q3", "Q4"))
data.frame(ms = ms, bin = bins2)[1:5, ]
tapply(ms, bins2, mean)
split(ms, bins2)
as.integer(bins2)
t <- table(cut(ms, breaks = c(0, 100, 200, 300, 500)))
t
names(t)[t == max(t)]
rev(sort(t))
