result <- local({
  a <- 2
  b <- 3
  a * b
})
print(result)
print(exists("a"))
counter <- local({
  n <- 0
  function() { n <<- n + 1; n }
})
counter()
print(counter())
e <- new.env()
local({ y <- 5 }, envir = e)
print(e$y)
x <- local({ inner <- "z"; environment() })
print(ls(x))
