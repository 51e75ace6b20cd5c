f <- tempfile()
writeLines(c("name,qty", "apple,3", "pear,10", "fig,7"), f)
lines <- readLines(f)
header <- strsplit(lines[1], ",")[[1]]
body <- strsplit(lines[-1], ",")
qty <- as.integer(sapply(body, `[`, 2))
names(qty) <- sapply(body, `[`, 1)
header
qty
sum(qty)
cat(sprintf("%-6s%3d\n", names(qty), qty), sep = "")
unlink(f)
