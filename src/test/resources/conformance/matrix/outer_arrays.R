typeof(outer(1:2, 1:2))
typeof(outer(1:2, 1:2, "+"))
a <- matrix(1:4, 2, dimnames = list(c("a", "b"), c("c", "d")))
outer(a, 1:2)
dimnames(outer(a, c(x = 1, y = 2)))
outer(c(x = 1, y = 2), 1:3)
outer(numeric(0), 1:3)
r <- tryCatch(outer(1:2, 1:3, function(x, y) 1), error = function(e) conditionMessage(e))
r
