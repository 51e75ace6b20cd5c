v <- structure(list(items = c(3, 1, 2)), class = "bag")
length.bag <- function(x) length(x$items)
length(v)
"[.bag" <- function(x, i) structure(list(items = x$items[i]), class = "bag")
print.bag <- function(x, ...) cat("bag of", length(x), "items:", x$items, "\n")
v[2:3]
"$.record" <- function(x, name) paste("field", name)
r <- structure(list(), class = "record")
r$anything
as.character.bag <- function(x, ...) paste("bag", x$items)
as.character(v)
rev.bag <- function(x) structure(list(items = rev(x$items)), class = "bag")
rev(v)
"[[.bag" <- function(x, i) x$items[[i]] * 100
v[[1]]
"==.bag" <- function(e1, e2) all(e1$items == e2$items)
v == v
