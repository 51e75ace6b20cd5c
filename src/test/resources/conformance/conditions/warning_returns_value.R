f <- function(x) {
  if (x > 10) {
    w <- warning("large value")
    print(w)
  }
  x
}
v <- withCallingHandlers(f(20), warning = function(w) invokeRestart("muffleWarning"))
print(v)
res <- suppressWarnings(warning("returned msg"))
print(res)
