f <- function() {
  local_var <- 1
  c(exists("local_var"), exists("local_var", envir = globalenv()), exists("f"))
}
print(f())
g <- function(arg) missing(arg)
print(g())
print(g(1))
h <- function(x) {
  if (!exists("cache_h", inherits = FALSE)) cache_h <- "new"
  cache_h
}
print(h())
