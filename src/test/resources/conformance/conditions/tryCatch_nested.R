inner <- function() tryCatch(stop("inner error"), warning = function(w) "inner warning handler")
outer <- tryCatch(inner(), error = function(e) paste("outer caught:", conditionMessage(e)))
print(outer)
rethrow <- tryCatch(
  tryCatch(stop("original"), error = function(e) stop(paste("wrapped:", conditionMessage(e)))),
  error = function(e) conditionMessage(e))
print(rethrow)
r <- tryCatch({
  warning("first warning")
  "not reached"
}, warning = function(w) {
  tryCatch(stop("error in handler"), error = function(e) paste("recovered from", conditionMessage(e)))
})
print(r)
classes <- tryCatch(stop("x"), condition = function(c) class(c))
print(classes)
