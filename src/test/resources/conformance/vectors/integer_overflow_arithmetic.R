# integer arithmetic that leaves the 32-bit range
big <- .Machine$integer.max
big + 1L
big * 2L
-big - 2L
c(1L, big) + c(1L, 1L)
5L %/% 0L
5L %% 0L
-7L %/% 2L
-7L %% 2L
7L %/% -2L
typeof(5L / 2L)
typeof(5L %/% 2L)
typeof(2L^2L)
abs(-big)
sum(c(big, big))
typeof(sum(c(big, big)))
cumsum(c(big, 1L, 2L))
prod(c(big, 2L))
typeof(prod(1:3))
x <- 100000L
x * x
as.numeric(x) * x
f <- function(n) { n + 1L }
f(big)
1:3 + 1:6
1:3 + 1:4
