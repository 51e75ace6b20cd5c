validate <- function(x) {
  if (!is.character(x)) stop("expected character, got ", class(x)[1], call. = FALSE)
  nchar(x)
}
print(validate("abc"))
r <- tryCatch(validate(1), error = function(e) conditionMessage(e))
print(r)
validate(TRUE)
