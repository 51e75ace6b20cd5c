run_limited <- function(seconds) {
  setTimeLimit(elapsed = seconds, transient = TRUE)
  tryCatch({
    n <- 0
    repeat n <- n + 1
  }, error = function(e) conditionMessage(e))
}
print(run_limited(0.5))
cat("loop stopped, script continues\n")
busy <- function() {
  setTimeLimit(elapsed = 0.5, transient = TRUE)
  while (TRUE) NULL
}
busy()
