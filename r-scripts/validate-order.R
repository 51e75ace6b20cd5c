# Fails with a useful message: an invalid order raises a condition of class "invalidOrder",
# which Lambda reports as errorType "invalidOrder", with GNU R's error text as errorMessage and
# the R call stack as stackTrace.
#   java -jar target/rlambda.jar invoke r-scripts/validate-order.R events/bad-order.json

invalid_order <- function(msg, call) {
  structure(
    class = c("invalidOrder", "error", "condition"),
    list(message = msg, call = call)
  )
}

check_quantity <- function(quantity) {
  if (is.null(quantity) || !is.numeric(quantity) || quantity <= 0) {
    got <- if (is.null(quantity)) "nothing" else format(quantity)
    stop(invalid_order(paste0("quantity must be a positive number, got ", got), call = sys.call()))
  }
  quantity
}

handler <- function(item, quantity = NULL, unit_price = 1) {
  q <- check_quantity(quantity)
  list(item = item, quantity = q, total = q * unit_price)
}
