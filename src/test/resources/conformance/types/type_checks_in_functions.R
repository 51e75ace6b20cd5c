# a validator written the way scripts do it
describe <- function(x) {
  if (is.null(x)) return("null")
  if (is.character(x)) return(paste("character of length", length(x)))
  if (is.logical(x)) return("logical")
  if (is.numeric(x)) {
    if (is.integer(x)) return("integer") else return("double")
  }
  if (is.list(x)) return(paste("list with", length(x), "elements"))
  if (is.function(x)) return("function")
  "something else"
}
describe(NULL)
describe(c("a", "b"))
describe(NA)
describe(1:3)
describe(2.5)
describe(list(1, 2, 3))
describe(mean)
describe(quote(x))
