check_input <- function(x) {
  if (!is.numeric(x)) warning("input is not numeric, coercing", call. = FALSE)
  as.numeric(x)
}
y <- check_input("5")
print(y)
g <- function() warning("with call")
g()
h <- function() {
  warning("first")
  warning("second", call. = FALSE)
  "done"
}
print(h())
stop_nocall <- function() stop("error without call", call. = FALSE)
r <- tryCatch(stop_nocall(), error = function(e) is.null(conditionCall(e)))
print(r)
stop_nocall()
