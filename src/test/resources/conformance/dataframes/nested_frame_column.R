# A frame stored as a column of another frame, and matrix columns
d <- data.frame(id = 1:3)
d$pos <- data.frame(x = c(0.5, 1, 1.5), y = c(2, 4, 6))
d
names(d)
dim(d)
d$pos$y
str(d)
d[2, ]
m <- data.frame(id = 1:2)
m$mat <- matrix(c(1, 2, 3, 4), 2, dimnames = list(NULL, c("lo", "hi")))
m
m$mat[, "hi"]
ncol(m)
as.matrix(m)
