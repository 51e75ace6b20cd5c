m <- matrix(1:6, 2, dimnames = list(rows = c("a", "b"), cols = c("x", "y", "z")))
m
m["a", ]
m[, "y"]
m["b", c("z", "x")]
m[, c("x", "z")]
m["a", "z"]
m[2, , drop = FALSE]
tryCatch(m["c", ], error = function(e) conditionMessage(e))
tryCatch(m[3, ], error = function(e) conditionMessage(e))
tryCatch(m[1, 2, 3], error = function(e) conditionMessage(e))
