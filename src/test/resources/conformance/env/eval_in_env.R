e <- new.env()
assign("x", 10, envir = e)
print(eval(quote(x * 2), e))
print(evalq(x + 1, e))
print(eval(quote(x), list(x = "from list")))
df <- data.frame(a = 1:3, b = c(10, 20, 30))
print(eval(quote(a + b), df))
x <- "global x"
print(eval(quote(x)))
f <- function() {
  x <- "local x"
  eval(quote(x), parent.frame())
}
print(f())
g <- function() {
  x <- "g local"
  eval.parent(quote(x))
}
print(g())
print(eval(quote(y + z), list(y = 1), list2env(list(z = 2))))
