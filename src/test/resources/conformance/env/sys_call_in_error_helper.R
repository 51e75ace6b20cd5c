check_positive <- function(x) {
  if (any(x <= 0)) stop(sprintf("%s must be positive (called as %s)", deparse(substitute(x)), deparse(sys.call())))
  invisible(TRUE)
}
r <- tryCatch(check_positive(c(1, -2)), error = function(e) conditionMessage(e))
print(r)
caller_name <- function() deparse(sys.call(-1)[[1]])
api_entry <- function() caller_name()
print(api_entry())
