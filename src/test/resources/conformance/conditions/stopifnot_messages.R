r1 <- tryCatch(stopifnot(1 == 1, 2 > 3), error = function(e) conditionMessage(e))
print(r1)
r2 <- tryCatch(stopifnot(all(c(TRUE, FALSE))), error = function(e) conditionMessage(e))
print(r2)
r3 <- tryCatch(stopifnot(c(TRUE, FALSE, TRUE)), error = function(e) conditionMessage(e))
print(r3)
r4 <- tryCatch(stopifnot("x must be positive" = -1 > 0), error = function(e) conditionMessage(e))
print(r4)
r5 <- tryCatch(stopifnot(is.numeric("a")), error = function(e) conditionMessage(e))
print(r5)
stopifnot(TRUE, 1 < 2, all.equal(pi, 3.14159265))
r6 <- tryCatch(stopifnot(NA), error = function(e) conditionMessage(e))
print(r6)
validate <- function(n) {
  stopifnot(is.numeric(n), length(n) == 1, n > 0)
  n
}
print(validate(3))
validate(-2)
