# marking and detecting missing values
x <- c(10, 20, 30, 40)
is.na(x) <- 2
x
is.na(x) <- c(FALSE, FALSE, TRUE, FALSE)
x
names(x) <- c("a", "b", "c", "d")
is.na(x) <- "d"
x
s <- c("x", "y")
is.na(s) <- 1
s
l <- list(1, "a", TRUE)
is.na(l) <- 2
str(l)
anyNA(c(1, 2, NA))
anyNA(c(1, 2, NaN))
anyNA(c("a", NA))
anyNA(integer(0))
anyNA(list(1, NA))
anyNA(list(1, c(2, NA)))
anyNA(list(1, c(2, NA)), recursive = TRUE)
anyNA(list(1, list(NA)), recursive = TRUE)
anyNA(NULL)
anyNA(c(a = 1, b = NA))
is.na(c(1, NA, NaN, Inf))
is.nan(c(1, NA, NaN, Inf))
is.finite(c(1, NA, NaN, Inf, -Inf))
is.infinite(c(1, NA, NaN, Inf, -Inf))
is.na(list(1, NA, c(NA, NA), NULL, "NA"))
is.na(c(a = NA, b = 2))
m <- matrix(c(1, NA, 3, NA), 2)
is.na(m)
which(is.na(m), arr.ind = TRUE)
complete.cases(c(1, NA, 3))
complete.cases(m)
complete.cases(c(1, NA, 3), c("a", "b", NA))
