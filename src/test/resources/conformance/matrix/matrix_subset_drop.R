m <- matrix(1:12, 3, dimnames = list(letters[1:3], LETTERS[1:4]))
m["b", ]
m[, "C"]
m["b", "C"]
m[c("a", "c"), c("B", "D")]
m[2, , drop = FALSE]
m[, 1:2][2, ]
m[m[, "A"] > 1, ]
m[order(m[, "D"], decreasing = TRUE), ]
