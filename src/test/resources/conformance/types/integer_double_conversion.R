x <- 5L
y <- x / 2L
typeof(y)
y
z <- x %/% 2L
typeof(z)
typeof(x * 2L)
typeof(x * 2)
typeof(-x)
typeof(sum(1L, 2L))
typeof(mean(1:4))
identical(as.integer(3), 3L)
is.integer(length(1:5))
typeof(nchar("abc"))
