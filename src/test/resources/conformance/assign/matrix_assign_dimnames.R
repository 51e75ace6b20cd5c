m <- matrix(1:6, 2, dimnames = list(c("a", "b"), c("x", "y", "z")))
m["a", "y"] <- 100L
m
m["b", ] <- 0L
m
m[, c("x", "z")] <- -1L
m
m[, "y"] <- 2.5
m
r <- tryCatch({ m["c", "x"] <- 1; "ok" }, error = function(e) conditionMessage(e))
r
