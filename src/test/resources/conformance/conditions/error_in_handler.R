r <- tryCatch(
  tryCatch(stop("one"), error = function(e) stop("two from handler")),
  error = function(e) conditionMessage(e))
print(r)
f <- function() {
  withCallingHandlers(stop("original"), error = function(e) cat("calling handler saw:", conditionMessage(e), "\n"))
}
r2 <- tryCatch(f(), error = function(e) conditionMessage(e))
print(r2)
f()
