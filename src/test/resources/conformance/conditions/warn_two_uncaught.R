options(warn = 2)
g <- function() as.integer("x")
g()
