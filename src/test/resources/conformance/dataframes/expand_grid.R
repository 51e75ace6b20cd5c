g <- expand.grid(x = 1:3, y = c("a", "b"))
g
nrow(g)
str(g)
expand.grid(p = c(TRUE, FALSE), q = 1:2, stringsAsFactors = FALSE)
