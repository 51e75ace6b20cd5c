x <- structure(1:6, dim = 2:3, dimnames = list(c("a", "b"), c("x", "y", "z")), note = "kept")
a <- attributes(x)
names(a)
y <- 1:6
attributes(y) <- a
identical(x, y)
attr(y, "note")
mostly <- unclass(structure(list(1), class = "k", tag = "t"))
attributes(mostly)
