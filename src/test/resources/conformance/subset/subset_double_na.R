l <- list(a = 1, b = 2)
l[[NA_character_]]
l[[NA]]
x <- c(1, 2)
tryCatch(x[[NA_integer_]], error = function(e) print(conditionMessage(e)))
x[[NA]]
