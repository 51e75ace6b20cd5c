old <- options(warn = -1)
x <- as.numeric("not a number")
print(x)
f <- function() { warning("ignored"); "ok" }
print(f())
options(old)
y <- as.numeric("again")
print(y)
