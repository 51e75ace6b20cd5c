ok <- c(TRUE, FALSE, TRUE, TRUE, NA, FALSE, TRUE)
summary(ok)
summary(c(TRUE, TRUE))
summary(c(FALSE, NA))
s <- summary(ok)
class(s)
s[["TRUE"]]
summary(logical(0))
