# Build a text report, write it, read it back for the response
out <- tempfile(fileext = ".txt")
rows <- data.frame(k = c("a", "b"), v = c(1.5, 2))
lines <- c("REPORT", paste0("rows: ", nrow(rows)), paste(rows$k, format(rows$v, nsmall = 2), sep = " = "))
writeLines(lines, out)
res <- readLines(out)
res
length(res)
paste(res, collapse = "|")
unlink(out)
