`second<-` <- function(x, value) {
  x[2] <- value
  x
}
v <- c(1, 2, 3)
second(v) <- 20
v
x <- list(a = list(b = 1:3))
x$a$b[2] <- 99L
x
names(v)[2] <- "two"
v
attr(v, "note") <- "hello"
attributes(v)
m <- 1:6
dim(m) <- c(2, 3)
m
