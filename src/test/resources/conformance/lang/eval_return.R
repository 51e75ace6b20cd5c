f <- function() {
  eval(quote(return("from eval")))
  "after eval"
}
print(f())
g <- function() {
  r <- evalq(1 + 1)
  r * 10
}
print(g())
h <- function() {
  x <- 1
  eval(quote(x <- 2))
  x
}
print(h())
k <- function() {
  e <- new.env()
  eval(quote(x <- 2), e)
  exists("x", inherits = FALSE)
}
print(k())
