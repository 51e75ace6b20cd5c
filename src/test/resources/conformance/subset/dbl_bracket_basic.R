l <- list(a = 1, b = "two", c = c(3, 4))
l[[1]]
l[["b"]]
l[["c"]][1]
x <- c(p = 5, q = 6)
x[["q"]]
x[[2]]
x[[1.9]]
l[["zz"]]
is.null(l[["zz"]])
l[[c(3, 2)]]
nested <- list(a = list(b = list(c = 42)))
nested[[c("a", "b", "c")]]
nested[["a"]][["b"]]
