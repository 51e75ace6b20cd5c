# Where row names come from when building frames
scores <- c(ann = 90, bob = 75, cid = 82)
d <- data.frame(score = scores)
d
rownames(d)
d2 <- data.frame(name = c("x1", "x2", "x3"), v = c(3, 1, 2), row.names = "name")
d2
rownames(d2)
d3 <- data.frame(name = c("k1", "k2"), v = 1:2, row.names = 1)
d3
d4 <- data.frame(v = 1:3, row.names = c("a", "b", "c"))
d4["b", ]
d4[c("c", "a"), , drop = FALSE]
rownames(d4) <- NULL
d4
rownames(d4) <- c(10, 20, 30)
d4
rownames(d4)
.row_names_info(d4)
r <- tryCatch(data.frame(v = 1:3, row.names = c("a", "b")), error = function(e) conditionMessage(e))
r
r <- tryCatch(data.frame(v = 1:2, row.names = c("a", "a")), error = function(e) conditionMessage(e))
r
dim(data.frame(row.names = c("r1", "r2")))
data.frame(x = 1:2, y = c(p = "a", q = "b"))
