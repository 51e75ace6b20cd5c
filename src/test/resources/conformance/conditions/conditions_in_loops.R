inputs <- list(4, "x", -9, 16)
results <- numeric(0)
for (inp in inputs) {
  val <- tryCatch({
    if (!is.numeric(inp)) stop("not a number: ", inp)
    if (inp < 0) warning("negative, using abs")
    sqrt(abs(inp))
  }, warning = function(w) {
    cat("warning:", conditionMessage(w), "\n")
    sqrt(abs(inp))
  }, error = function(e) {
    cat("error:", conditionMessage(e), "\n")
    NA
  })
  results <- c(results, val)
}
print(results)
errors <- 0
for (i in 1:5) {
  ok <- tryCatch({ if (i %% 2 == 0) stop("even") else TRUE }, error = function(e) { errors <<- errors + 1; FALSE })
}
print(errors)
