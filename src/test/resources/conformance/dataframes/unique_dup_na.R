# unique / duplicated rows with NA and fromLast
d <- data.frame(a = c(1, 1, NA, NA, 2, 1), b = c("x", "x", NA, NA, "y", "z"))
duplicated(d)
duplicated(d, fromLast = TRUE)
unique(d)
unique(d, fromLast = TRUE)
anyDuplicated(d)
anyDuplicated(d[c(1, 3, 5), ])
d[!duplicated(d$a), ]
unique(d$a)
nrow(unique(d[0, ]))
unique(data.frame(f = factor(c("p", "q", "p")), n = c(1L, 2L, 1L)))
u <- unique(d["b"])
u
rownames(u)
