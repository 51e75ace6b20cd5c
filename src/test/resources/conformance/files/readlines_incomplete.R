p <- tempfile()
cat("no newline at end", file = p)
readLines(p)
x <- readLines(p, warn = FALSE)
x
unlink(p)
