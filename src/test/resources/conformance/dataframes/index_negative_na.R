# Negative, NA and out-of-range row indices
d <- data.frame(id = c(11, 12, 13), tag = c("a", "b", "c"), row.names = c("x", "y", "z"))
d[-2, ]
d[c(-1, -3), ]
d[c(1, NA), ]
d[c(TRUE, NA, FALSE), ]
d[5, ]
d[c(2, 2, 2), ]
d["w", ]
d[c("z", "x"), "tag"]
d[NA, ]
auto <- data.frame(v = 1:3)
auto[c(3, 1), , drop = FALSE]
auto[c(2, 2), , drop = FALSE]
auto[c(1, NA, 3), , drop = FALSE]
r <- tryCatch(d[c(-1, 2), ], error = function(e) conditionMessage(e))
r
r <- tryCatch(d[, c(-1, 2)], error = function(e) conditionMessage(e))
r
d[, -1]
d[, -(1:2)]
