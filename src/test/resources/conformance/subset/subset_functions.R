first <- function(v) v[1]
last <- function(v) v[length(v)]
middle <- function(v) v[-c(1, length(v))]
x <- c(4, 8, 15, 16, 23, 42)
first(x); last(x); middle(x)
every_other <- function(v) v[c(TRUE, FALSE)]
every_other(x)
pick <- function(v, ...) v[c(...)]
pick(x, 2, 4)
