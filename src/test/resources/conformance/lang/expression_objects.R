ex <- expression(a + b, sin(x), 42)
print(ex)
print(length(ex))
print(ex[[1]])
print(class(ex[[2]]))
print(class(ex[[3]]))
print(sapply(ex, class))
a <- 1; b <- 2
print(eval(ex[[1]]))
x <- pi / 2
print(eval(ex[[2]]))
print(is.expression(ex))
print(ex[2:3])
print(as.list(ex)[[1]])
