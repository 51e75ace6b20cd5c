# aggregate() argument errors and empty inputs
d <- data.frame(g = c("a", "b", "a"), v = c(1, 2, 3))
r <- tryCatch(aggregate(d$v, by = d$g, FUN = sum), error = function(e) conditionMessage(e))
r
r <- tryCatch(aggregate(d["v"], by = list(g = c("a", "b")), FUN = sum), error = function(e) conditionMessage(e))
r
r <- tryCatch(aggregate(d[0, "v", drop = FALSE], by = list(g = character(0)), FUN = sum), error = function(e) conditionMessage(e))
r
r <- tryCatch(aggregate(v ~ g, data = d[0, ], FUN = sum), error = function(e) conditionMessage(e))
r
aggregate(v ~ g, data = d, FUN = sum, subset = v > 1)
aggregate(d["v"], by = list(g = c("a", NA, "a")), FUN = sum)
aggregate(v ~ g, data = d, FUN = "mean")
