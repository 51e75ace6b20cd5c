f <- function(x) { warning("careful: ", x); x }
f(1)
print(warnings())
g <- function() { f(2); f(3) }
g()
w <- warnings()
print(class(w))
print(length(w))
print(names(w))
w
