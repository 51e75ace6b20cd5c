f <- function(x) g(x * 2)
g <- function(y) {
  frames <- sys.frames()
  c(length(frames), get("x", envir = frames[[1]]), get("y", envir = frames[[2]]))
}
print(f(5))
p <- function() sys.parent()
q <- function() p()
print(q())
print(p())
r <- function() sys.function(1)
s <- function() r()
print(deparse(body(s())))
t1 <- function() sys.frame(-1)
t2 <- function() { marker <- "t2 frame"; get("marker", envir = t1()) }
print(t2())
