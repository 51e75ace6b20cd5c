x <- NULL
x[1]
x[[1]]
x$a
x["a"]
length(NULL[1:3])
l <- list(a = NULL)
l$a
