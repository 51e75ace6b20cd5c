f <- function() {
  local_fun <- function(x) x * 100
  do.call("local_fun", list(2))
}
print(f())
h <- function(a, b) match.call()
print(do.call(h, list(1, b = quote(z))))
print(do.call("h", list(1, 2)))
e <- new.env()
assign("secret", function() "found it", envir = e)
print(do.call("secret", list(), envir = e))
x <- 5
print(do.call(paste, list(quote(x), "y"), quote = TRUE))
print(do.call(paste, list(quote(x), "y")))
