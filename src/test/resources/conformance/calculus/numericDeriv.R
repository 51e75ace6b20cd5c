a <- 1.5; b <- 2
x <- 1:4
numericDeriv(quote(a * exp(-b * x)), c("a", "b"))
numericDeriv(quote(a * exp(-b * x)), c("a", "b"), central = TRUE)
numericDeriv(quote(a * x^2), "a", dir = -1)
th <- c(1, 2)
numericDeriv(quote(th[1] + th[2] * x), "th")
f <- function() { k <- 3; numericDeriv(quote(k^2), "k") }
f()
n <- 2L
try(numericDeriv(quote(n * x), "n"))
try(numericDeriv(quote(a / 0 * x), "a"))
try(numericDeriv(quote(a * x), 1))
