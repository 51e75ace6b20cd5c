as.list(1:3)
as.list(c(a = 1, b = 2))
as.list(NULL)
as.list(list(x = 1))
as.list(c(first = "a", second = "b"))
e <- as.list(quote(f(x, y = 2)))
length(e)
e
as.list(letters[1:2])
