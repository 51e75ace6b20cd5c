x <- "global"
y <- local({
  x <- "local"
  paste(x, "value")
})
print(y)
print(x)
counter <- local({
  n <- 0
  function() {
    n <<- n + 1
    n
  }
})
counter(); counter()
print(counter())
z <- local({
  a <- 2
  b <- 3
  a * b
})
print(z)
e <- new.env()
local(v <- 10, envir = e)
print(e$v)
