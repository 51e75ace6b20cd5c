f <- function(x) {
  if (x > 2) stop("too big: ", x)
  x
}
res <- tryCatch(sapply(1:5, f), error = function(e) conditionMessage(e))
print(res)
print(tryCatch(lapply(1:3, function(i) log(-i)), warning = function(w) conditionMessage(w)))
out <- withCallingHandlers(
  sapply(c(4, -1, 9), sqrt),
  warning = function(w) {
    message("caught: ", conditionMessage(w))
    invokeRestart("muffleWarning")
  })
print(out)
sapply(1:5, f)
