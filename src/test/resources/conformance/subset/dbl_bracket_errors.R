x <- c(1, 2, 3)
tryCatch(x[[5]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[0]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[0L]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[["a"]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[1:2]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[list(1)]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[-1]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(x[[NA]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
l <- list(1, 2)
tryCatch(l[[3]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
tryCatch(l[[integer(0)]], error = function(e) cat("Error:", conditionMessage(e), "\n"))
l[[NA]]
l[[-1]]
x[[c(TRUE)]]
l[[1]]
x[[4]]
