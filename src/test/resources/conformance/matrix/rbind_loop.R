out <- NULL
for (i in 1:4) out <- rbind(out, c(i = i, sq = i^2))
out
res <- matrix(nrow = 0, ncol = 2)
for (k in 1:3) res <- rbind(res, c(k, k * 10))
res
dim(res)
