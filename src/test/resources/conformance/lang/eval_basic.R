e <- quote(1 + 2 * 3)
print(eval(e))
x <- 10
print(eval(quote(x * 2)))
print(eval(quote(x * 2), list(x = 5)))
env <- new.env()
assign("x", 100, envir = env)
print(eval(quote(x + 1), env))
print(evalq(x + 1, env))
print(eval(parse(text = "sum(1:10)")))
print(eval(parse(text = "a <- 3; a * a")))
data <- list(price = c(10, 20), qty = c(2, 3))
print(eval(quote(price * qty), data))
print(eval(quote(price * x), data))
f <- function() {
  local_var <- "inside"
  eval(quote(local_var))
}
print(f())
g <- function(expr) eval(expr, envir = list(y = 4), enclos = parent.frame())
y <- 1
print(g(quote(y + x)))
print(eval(expression(1, 2, 3)))
print(eval(3))
