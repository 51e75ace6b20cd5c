# three-valued logic in checks
any(c(FALSE, NA))
any(c(TRUE, NA))
all(c(TRUE, NA))
all(c(FALSE, NA))
any(c(FALSE, NA), na.rm = TRUE)
all(c(TRUE, NA), na.rm = TRUE)
any(logical(0))
all(logical(0))
any()
all()
any(FALSE, TRUE, NA)
all(1:3 > 0, c(TRUE, TRUE))
xor(c(TRUE, TRUE, NA), c(TRUE, FALSE, FALSE))
isTRUE(c(a = TRUE))
isTRUE(NA)
isFALSE(c(FALSE, FALSE))
isFALSE(logical(0))
TRUE && NA
FALSE && NA
TRUE || NA
NA || TRUE
c(TRUE, NA, FALSE) & NA
c(TRUE, NA, FALSE) | NA
!c(a = TRUE, b = NA)
tryCatch(any("yes"), error = function(e) conditionMessage(e))
tryCatch(all(list(TRUE)), error = function(e) conditionMessage(e))
any(1)
all(c(0, 1))
tryCatch(if (NA) 1, error = function(e) conditionMessage(e))
tryCatch(if (c(TRUE, FALSE)) 1, error = function(e) conditionMessage(e))
tryCatch(TRUE && c(TRUE, FALSE), error = function(e) conditionMessage(e))
tryCatch(NULL || TRUE, error = function(e) conditionMessage(e))
valid <- c(ok1 = TRUE, ok2 = FALSE, ok3 = NA)
if (anyNA(valid)) cat("some checks missing:", names(valid)[is.na(valid)], "\n")
if (!all(valid, na.rm = TRUE)) cat("failed:", names(which(!valid)), "\n")
