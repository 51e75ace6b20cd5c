# storage.mode<- keeps attributes while changing the type
x <- c(a = 1.7, b = 2.2, c = -3.9)
storage.mode(x) <- "integer"
x
typeof(x)
y <- c(TRUE, FALSE, NA)
storage.mode(y) <- "double"
y
z <- 1:3
storage.mode(z) <- "character"
z
storage.mode(z) <- "numeric"
z
typeof(z)
w <- c(u = 1L)
storage.mode(w) <- "logical"
w
r <- tryCatch({ storage.mode(w) <- "nonsense"; "ok" }, error = function(e) conditionMessage(e))
r
