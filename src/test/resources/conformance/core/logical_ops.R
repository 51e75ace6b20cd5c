c(TRUE, FALSE, NA) & TRUE
c(TRUE, FALSE, NA) | FALSE
c(TRUE, FALSE, NA) & NA
!c(TRUE, FALSE, NA)
TRUE && NA
FALSE && stop("not evaluated")
TRUE || stop("not evaluated")
NA || TRUE
xor(TRUE, FALSE)
any(c(FALSE, NA, TRUE))
all(c(TRUE, NA))
all(logical(0))
c(TRUE, TRUE) && TRUE
