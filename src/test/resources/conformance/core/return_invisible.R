f <- function(x) {
  if (x < 0) return("negative")
  "non-negative"
}
f(-1)
f(1)
g <- function() invisible(7)
g()
y <- g()
y
(g())
h <- function() return(invisible(3))
h()
print(h())
a <- b <- 4
a
b
