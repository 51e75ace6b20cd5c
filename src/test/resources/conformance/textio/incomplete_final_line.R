f <- tempfile()
cat("a\nb", file = f)
x <- suppressWarnings(readLines(f))
x
readLines(f, warn = FALSE)
unlink(f)
