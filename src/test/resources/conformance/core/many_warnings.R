f <- function(i) { warning(paste("warning number", i)); i }
for (i in 1:15) f(i)
cat("done\n")
