results <- list()
inputs <- list(4, "bad", 9, NULL)
for (i in seq_along(inputs)) {
  r <- try(sqrt(inputs[[i]]), silent = TRUE)
  results[[i]] <- if (inherits(r, "try-error")) NA else r
}
print(unlist(results))
safely <- function(f) function(...) {
  out <- try(f(...), silent = TRUE)
  if (inherits(out, "try-error")) list(ok = FALSE, error = conditionMessage(attr(out, "condition")))
  else list(ok = TRUE, value = out)
}
safe_log <- safely(log)
str_res <- safe_log(100)
print(str_res$value)
print(safe_log("x")$error)
