validation_error <- function(msg, field) {
  structure(class = c("validation_error", "error", "condition"),
    list(message = msg, call = sys.call(-1), field = field))
}
check_age <- function(age) {
  if (age < 0) stop(validation_error("age must be >= 0", "age"))
  age
}
r <- tryCatch(check_age(-5),
  validation_error = function(e) paste("field", e$field, "invalid:", conditionMessage(e)))
print(r)
r2 <- tryCatch(check_age(-5), error = function(e) class(e))
print(r2)
cond <- simpleCondition("custom signal", call = NULL)
class(cond) <- c("my_signal", "condition")
res <- withCallingHandlers(
  { signalCondition(cond); "body finished" },
  my_signal = function(c) cat("saw my_signal:", conditionMessage(c), "\n"))
print(res)
print(tryCatch(signalCondition(cond), condition = function(c) "caught by tryCatch"))
print(signalCondition(cond))
check_age(-1)
