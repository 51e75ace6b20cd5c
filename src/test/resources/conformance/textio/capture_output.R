df <- data.frame(x = 1:3, y = c("a", "b", "c"))
lines <- capture.output(print(df))
lines
length(lines)
capture.output(cat("no newline"))
capture.output(cat("a\nb\n"), cat("c\n"))
capture.output(invisible(5))
capture.output(5)
x <- capture.output(m <- summary(c(2, 4, 6)))
x
m
# write a captured table to a text report
path <- tempfile(fileext = ".txt")
capture.output(print(df), str(df), file = path)
cat(readLines(path), sep = "\n")
f <- function() { print("inside"); 42 }
res <- capture.output(v <- f())
res
v
unlink(path)
