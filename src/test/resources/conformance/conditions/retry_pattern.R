attempt <- 0
flaky <- function() {
  attempt <<- attempt + 1
  if (attempt < 3) stop(sprintf("transient failure %d", attempt))
  "success"
}
retry <- function(f, times = 5) {
  for (i in seq_len(times)) {
    res <- tryCatch(f(), error = function(e) {
      message("attempt ", i, " failed: ", conditionMessage(e))
      NULL
    })
    if (!is.null(res)) return(res)
  }
  stop("all attempts failed")
}
print(retry(flaky))
print(attempt)
attempt <- -100
retry(flaky, times = 2)
