# coercion warnings from as.integer
as.integer("abc")
as.integer(c("1", "two", "3"))
as.integer(3e9)
as.integer(c("1e10", "5"))
f <- function(x) as.integer(x)
f("oops")
as.integer(-Inf)
