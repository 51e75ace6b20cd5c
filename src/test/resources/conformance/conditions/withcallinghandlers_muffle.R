noisy <- function() {
  warning("w1")
  message("m1")
  warning("w2")
  "result"
}
out <- withCallingHandlers(noisy(),
  warning = function(w) {
    cat("logged warning:", conditionMessage(w), "\n")
    invokeRestart("muffleWarning")
  },
  message = function(m) {
    cat("logged message:", conditionMessage(m))
    invokeRestart("muffleMessage")
  })
print(out)
x <- suppressWarnings(as.numeric(c("1", "two")))
print(x)
suppressMessages({
  message("hidden")
  cat("visible output\n")
})
res <- withCallingHandlers(
  { warning("escalate me"); "not reached" },
  warning = function(w) stop("converted: ", conditionMessage(w)))
