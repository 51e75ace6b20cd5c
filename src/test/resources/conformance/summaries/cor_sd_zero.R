flat <- c(5, 5, 5, 5)
trend <- c(1, 2, 3, 4)
r <- withCallingHandlers(cor(flat, trend), warning = function(w) {
  cat("warning:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
r
m <- cbind(a = c(1, 2, 3), b = c(7, 7, 7))
suppressWarnings(cor(m))
cor(trend, flat)
