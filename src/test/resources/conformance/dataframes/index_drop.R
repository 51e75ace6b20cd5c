# drop= in single row/column selections
d <- data.frame(a = 1:4, b = c(2.5, 3.5, 4.5, 5.5), c = letters[1:4])
d[, "a"]
d[, "a", drop = FALSE]
d[2, ]
d[2, , drop = TRUE]
class(d[2, , drop = TRUE])
d[2, "b"]
d[2, "b", drop = FALSE]
d[, c("a", "b")]
d[, 2:3, drop = TRUE]
d[d$a > 2, "c"]
d[d$a > 2, "c", drop = FALSE]
d["c"]
d[["c"]]
d[c(TRUE, FALSE), ]
d[-1, -1]
d[0, ]
d[, 0]
d[0, "a"]
str(d[2:3, ])
