which(c(a = TRUE, b = NA), useNames = FALSE)
f <- function(v) which(v)
f(1:3)
