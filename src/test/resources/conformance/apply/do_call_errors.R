g <- function(x) if (x > 1) stop("x too large") else x
print(do.call(g, list(1)))
r <- try(do.call(g, list(5)))
r <- try(do.call("g", list(5)))
r <- try(do.call("no_such_function", list(1)))
r <- try(do.call(g, 5))
do.call("g", list(10))
