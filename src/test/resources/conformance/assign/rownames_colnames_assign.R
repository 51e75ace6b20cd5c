m <- matrix(1:6, 2)
rownames(m) <- c("first", "second")
colnames(m) <- paste0("c", 1:3)
m
rownames(m)
colnames(m)[2] <- "middle"
m
rownames(m) <- NULL
m
colnames(m)
r <- tryCatch({ colnames(m) <- c("a", "b"); m }, error = function(e) conditionMessage(e))
r
x <- 1:3
