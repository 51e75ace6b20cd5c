cat("to stdout\n")
cat("to stderr\n", file = stderr())
message("a message")
cat("back to stdout\n")
