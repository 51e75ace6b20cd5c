x <- structure(list(v = c(3, 1, 2)), class = "box")
sort.box <- function(x, decreasing = FALSE, ...) structure(list(v = sort(x$v, decreasing = decreasing)), class = "box")
unique.box <- function(x, ...) "unique of box"
rep.box <- function(x, ...) "rep of box"
summary.box <- function(object, ...) paste("box with", length(object$v), "values")
t.box <- function(x) "transposed box"
sort(x)$v
sort(x, decreasing = TRUE)$v
unique(x)
rep(x, 2)
summary(x)
t(x)
all.equal.box <- function(target, current, ...) "boxes compared"
all.equal(x, x)
