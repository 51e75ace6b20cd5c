times <- c(231, 198, 402, 187, 215, 990, 205, 223, 199, 310, 188, 242, 201, 276)
cat(sprintf("n=%d mean=%.1f sd=%.1f\n", length(times), mean(times), sd(times)))
p <- quantile(times, c(0.5, 0.9, 0.95, 0.99))
for (nm in names(p)) cat(sprintf("%5s %7.2f\n", nm, p[[nm]]))
slow <- times[times > quantile(times, 0.75) + 1.5 * IQR(times)]
cat("outliers:", slow, "\n")
summary(times)
fivenum(times)
