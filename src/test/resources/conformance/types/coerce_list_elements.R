l <- list(a = 1, b = "2", c = TRUE)
as.numeric(l)
as.character(l)
as.logical(list(TRUE, "F", 0))
r <- tryCatch(as.numeric(list(1, 2:3)), error = function(e) conditionMessage(e))
r
unlist_like <- c(l, recursive = TRUE)
unlist_like
typeof(unlist_like)
