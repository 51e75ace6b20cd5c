cl <- quote(f(x, y = 2, z))
cl[[1]]
cl[[3]]
cl$y
cl[2:3]
as.list(cl[-1])
e <- quote(a + b * c)
e[[3]]
e[[3]][[2]]
length(e)
