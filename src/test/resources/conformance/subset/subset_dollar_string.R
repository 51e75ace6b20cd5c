l <- list(`my var` = 1, b = 2)
l$`my var`
l$"b"
l$'my var'
names(l)
