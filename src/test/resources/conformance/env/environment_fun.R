make_counter <- function() {
  count <- 0
  function() {
    count <<- count + 1
    count
  }
}
counter <- make_counter()
counter(); counter()
print(counter())
print(get("count", envir = environment(counter)))
print(environmentName(environment(sum)))
print(is.null(environment(sum)))
print(environmentName(environment(make_counter)))
f <- function() environment()
e <- f()
print(class(e))
print(identical(parent.env(e), globalenv()))
g <- function() x
x <- "global x"
local_env <- new.env()
assign("x", "local x", envir = local_env)
environment(g) <- local_env
print(g())
