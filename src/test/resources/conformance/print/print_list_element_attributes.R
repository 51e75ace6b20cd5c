l <- list(a = structure(1, foo = "bar"), b = list(c = structure("x", tag = 1L)))
l
