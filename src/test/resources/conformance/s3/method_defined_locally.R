show <- function(x) UseMethod("show")
show.default <- function(x) "global default"
f <- function() {
  show.thing <- function(x) "local method"
  show(structure(1, class = "thing"))
}
f()
show(structure(1, class = "thing"))
g <- function(obj) {
  show(obj)
}
show.thing <- function(x) "global method"
g(structure(1, class = "thing"))
