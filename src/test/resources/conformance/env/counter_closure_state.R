make_counter <- function(start = 0) {
  count <- start
  list(
    increment = function(by = 1) {
      count <<- count + by
      invisible(count)
    },
    get = function() count,
    reset = function() count <<- start
  )
}
c1 <- make_counter()
c2 <- make_counter(10)
c1$increment()
c1$increment(5)
c2$increment()
cat("c1:", c1$get(), "c2:", c2$get(), "\n")
c1$reset()
print(c1$get())
e <- environment(c1$get)
print(ls(e))
print(get("count", envir = e))
print(environmentName(globalenv()))
print(environmentName(baseenv()))
print(environmentName(emptyenv()))
