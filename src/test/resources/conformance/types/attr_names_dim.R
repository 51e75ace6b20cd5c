x <- 1:6
attr(x, "dim") <- c(2, 3)
x
attributes(x)
attr(x, "dim") <- NULL
x
v <- c(1, 2)
attr(v, "names") <- c("a", "b")
v
attr(v, "names")
r <- tryCatch({ attr(v, "dim") <- 3; v }, error = function(e) conditionMessage(e))
r
