wrapper <- function(...) inner(...)
inner <- function(a, b = "default b", ...) {
  extra <- list(...)
  cat("a:", a, "b:", b, "extra:", length(extra), "\n")
}
wrapper(1)
wrapper(1, 2)
wrapper(b = "named", a = 0, 99, 100)
count <- function(...) length(list(...))
count()
count(NULL, NA, 1:3)
first_dot <- function(...) ..1
first_dot("x", "y")
r <- tryCatch(first_dot(), error = function(e) conditionMessage(e))
r
dnames <- function(...) names(list(...))
dnames(a = 1, 2, b = 3)
