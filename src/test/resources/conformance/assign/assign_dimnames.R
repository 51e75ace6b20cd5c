m <- matrix(1:4, 2)
dimnames(m) <- list(c("a", "b"), c("x", "y"))
m
dimnames(m) <- list(NULL, c("p", "q"))
m
dimnames(m) <- NULL
m
r <- tryCatch({ dimnames(m) <- list(c("a", "b", "c"), NULL); m }, error = function(e) conditionMessage(e))
r
r2 <- tryCatch({ dimnames(m) <- list("a"); m }, error = function(e) conditionMessage(e))
r2
dimnames(m) <- list(rows = 1:2, cols = c("u", "v"))
m
v <- 1:3
dimnames(v) <- list("a")
