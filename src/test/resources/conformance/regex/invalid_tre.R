r <- tryCatch(grepl("(", "x"), error = function(e) conditionMessage(e))
r
r <- tryCatch(sub("[a", "", "x"), error = function(e) conditionMessage(e))
r
grepl("(", "x")
