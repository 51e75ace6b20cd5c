check <- function(x) {
  if (x < 0) stop("negative input: ", x)
  sqrt(x)
}
print(sapply(c(4, 9, 16), check))
msg <- tryCatch(sapply(c(1, -1), check), error = function(e) conditionMessage(e))
print(msg)
call <- tryCatch(sapply(c(1, -1), check), error = function(e) deparse(conditionCall(e)))
print(call)
sapply(c(25, -4), check)
