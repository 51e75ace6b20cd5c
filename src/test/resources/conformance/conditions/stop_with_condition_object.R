err <- structure(class = c("http_error", "error", "condition"),
  list(message = "HTTP 404: not found", call = quote(fetch(url)), status = 404L))
r <- tryCatch(stop(err), http_error = function(e) e$status)
print(r)
handler_order <- tryCatch(stop(err),
  error = function(e) "generic error handler",
  http_error = function(e) "specific handler")
print(handler_order)
print(inherits(err, "error"))
print(conditionMessage(err))
stop(err)
