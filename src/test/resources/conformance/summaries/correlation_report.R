metrics <- cbind(requests = c(120, 340, 560, 230, 410, 610),
                 errors = c(2, 5, 9, 3, 7, 11),
                 latency = c(110, 150, 220, 130, 180, 260))
r <- cor(metrics)
round(r, 3)
which(r == max(r[upper.tri(r)]), arr.ind = TRUE)
cor(metrics[, "requests"], metrics[, "latency"], method = "kendall")
