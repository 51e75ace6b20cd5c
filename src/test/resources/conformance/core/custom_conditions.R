my_error <- function(msg, call = NULL) structure(class = c("myError", "error", "condition"),
                                                list(message = msg, call = call))
f <- function() stop(my_error("custom failure", sys.call()))
r <- tryCatch(f(), myError = function(e) paste("myError:", conditionMessage(e)))
r
r <- tryCatch(f(), error = function(e) class(e))
r
cnd <- simpleCondition("just a signal")
class(cnd) <- c("custom", "condition")
withCallingHandlers(
  { signalCondition(cnd); cat("continued\n") },
  custom = function(c) cat("saw custom condition\n"))
f()
