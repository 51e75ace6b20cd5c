s <- stack(list(red = c(1, 2), blue = 3, green = c(4, 5, 6)))
s
levels(s$ind)
unstack(s)
