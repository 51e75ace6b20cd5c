# tables built with outer
outer(1:3, 1:4)
outer(1:3, 1:2, "+")
outer(c(a = 1, b = 2), c(x = 10, y = 20), "*")
outer(1:2, 1:3, function(i, j) i * 10 + j)
outer(c("A", "B"), 1:3, paste0)
outer(1:3, 1:3, ">=")
outer(1:2, 1:2, function(x, y) pmax(x, y))
x <- 1:3
x %o% x
outer(numeric(0), 1:3)
dim(outer(1:2, matrix(1:4, 2)))
outer(1:2, 1:3, FUN = "^")
mult_table <- outer(1:5, 1:5)
dimnames(mult_table) <- list(1:5, 1:5)
mult_table
tryCatch(outer(1:2, 1:3, function(x, y) 1), error = function(e) conditionMessage(e))
f <- function(a, b) a + b
outer(1:2, 1:2, f)
outer(1:2, 1:3, Vectorize(function(i, j) if (i > j) "hi" else "lo"))
