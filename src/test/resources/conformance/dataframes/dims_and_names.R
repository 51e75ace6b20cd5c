# nrow, ncol, dim, names, colnames, rownames, dimnames
d <- data.frame(alpha = 1:3, beta = c("x", "y", "z"), gamma = c(TRUE, FALSE, TRUE))
nrow(d); ncol(d); dim(d); length(d)
NROW(d); NCOL(d)
names(d)
colnames(d)
rownames(d)
row.names(d)
dimnames(d)
colnames(d)[2] <- "BETA"
names(d)
names(d) <- toupper(names(d))
d
rownames(d) <- c("r1", "r2", "r3")
dimnames(d)
dimnames(d) <- list(c("a", "b", "c"), c("x", "y", "z"))
d
r <- tryCatch({ dimnames(d) <- list(c("a", "b"), c("x", "y", "z")); d }, error = function(e) conditionMessage(e))
r
r <- tryCatch({ rownames(d) <- c("a", "b"); d }, error = function(e) conditionMessage(e))
r
nrow(d[0, ]); ncol(d[, 0]); dim(data.frame())
colnames(d, do.NULL = FALSE)
names(d)[4]
