l <- list(alpha = 1, beta = "b", gamma = TRUE)
l$alpha
l$beta
l$delta
l$al
l$g
ll <- list(abc = 1, abd = 2)
ll$ab
ll$abc
l$"beta"
l$`gamma`
nested <- list(x = list(y = list(z = "deep")))
nested$x$y$z
e <- new.env()
assign("k", 99, envir = e)
e$k
e$missing
x <- c(a = 1)
tryCatch(x$a, error = function(e) cat("Error:", conditionMessage(e), "\n"))
NULL$a
x$a
