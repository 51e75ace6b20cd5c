# Frames with repeated column names: which column does indexing pick?
d <- data.frame(v = 1:2, w = 3:4, v = 5:6, check.names = FALSE)
d
d$v
d[["v"]]
d[, "v"]
d["v"]
d[c("v", "w", "v")]
names(d[, c(1, 3)])
d[, 3]
d[d$w > 3, ]
names(cbind(d, v = 0))
make.unique(names(d))
names(d) <- make.unique(names(d))
d
