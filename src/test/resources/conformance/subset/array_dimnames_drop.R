a <- array(1:8, c(2, 2, 2), dimnames = list(A = c("a1", "a2"), B = c("b1", "b2"), C = c("c1", "c2")))
a[1, , ]
a[, 1, 1]
a[1, 1, ]
a["a2", "b1", ]
a[, , "c2", drop = FALSE]
dimnames(a[, 2, ])
