f <- factor(c("lo", "hi", "lo"))
r <- withCallingHandlers(f + 1, warning = function(w) {
  cat("warning:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
r
f == "lo"
"hi" != f
r <- tryCatch(sqrt(f), error = function(e) conditionMessage(e))
r
r <- tryCatch(sum(f), error = function(e) conditionMessage(e))
r
r <- tryCatch(max(f), error = function(e) conditionMessage(e))
r
o <- factor(c("lo", "hi", "mid"), levels = c("lo", "mid", "hi"), ordered = TRUE)
max(o)
range(o)
o > "lo"
r <- tryCatch(o > "unknown", warning = function(w) conditionMessage(w))
r
g <- f
g[2] <- "medium"
g
f < "z"
