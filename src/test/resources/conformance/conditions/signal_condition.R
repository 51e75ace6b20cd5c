progress <- function(i) {
  cond <- structure(class = c("progress", "condition"), list(message = paste("step", i), call = NULL))
  signalCondition(cond)
  i
}
res <- withCallingHandlers(
  sapply(1:3, progress),
  progress = function(c) cat("got", conditionMessage(c), "\n"))
print(res)
print(progress(9))
r <- tryCatch(progress(5), progress = function(c) "caught progress")
print(r)
msg <- simpleCondition("plain", call = NULL)
class(msg) <- c("custom", "condition")
print(class(msg))
print(is.null(signalCondition(msg)))
