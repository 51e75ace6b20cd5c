f <- function() warning("no call shown", call. = FALSE)
f()
g <- function(n) {
  if (n > 1) warning("n is large: ", n)
  n
}
print(g(5))
old <- options(warn = 1)
g(7)
cat("after immediate warning\n")
options(old)
h <- function() { warning("deferred one"); "h done" }
print(h())
