m <- matrix(1:4, 2)
dimnames(m) <- list(c("a", "b"), c("x", "y"))
m
dimnames(m)[[2]]
dimnames(m) <- list(NULL, c("p", "q"))
m
rownames(m) <- c("r1", "r2")
m
dimnames(m) <- list(g = c("u", "v"), h = c("s", "t"))
m
t(m)
m["u", ]
