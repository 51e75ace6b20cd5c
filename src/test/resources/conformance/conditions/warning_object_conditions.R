w <- simpleWarning("custom warning object")
res <- withCallingHandlers(
  { warning(w); "after" },
  warning = function(w) { cat("class:", class(w)[1], "\n"); invokeRestart("muffleWarning") })
print(res)
f <- function() warning(w)
f()
cat("end\n")
