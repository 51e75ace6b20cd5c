writeLines("to stderr", con = stderr())
writeLines("to stdout", con = stdout())
writeLines(1:3)
