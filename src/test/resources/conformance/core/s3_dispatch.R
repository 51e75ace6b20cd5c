area <- function(shape, ...) UseMethod("area")
area.circle <- function(shape, ...) pi * shape$r^2
area.square <- function(shape, ...) shape$side^2
area.default <- function(shape, ...) stop("unknown shape")
c1 <- structure(list(r = 2), class = "circle")
s1 <- structure(list(side = 3), class = c("square", "shape"))
area(c1)
area(s1)
print.shape <- function(x, ...) {
  cat("<shape of class", class(x)[1], ">\n")
  invisible(x)
}
s1
print(s1)
describe <- function(x) UseMethod("describe")
describe.numeric <- function(x) "a number"
describe.integer <- function(x) paste("an integer;", NextMethod())
describe.default <- function(x) "something else"
describe(1.5)
describe(2L)
describe("a")
describe(matrix(1:4, 2))
