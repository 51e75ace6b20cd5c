make_counter <- function() {
  i <- 0
  function() {
    i <<- i + 1
    i
  }
}
c1 <- make_counter()
c2 <- make_counter()
c1(); c1()
c1()
c2()
x <- "global"
f <- function() x
g <- function() { x <- "local"; f() }
g()
k <- function() { x <- "inner"; h <- function() x; h() }
k()
