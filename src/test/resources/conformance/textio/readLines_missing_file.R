readLines("/nonexistent/file.txt")
