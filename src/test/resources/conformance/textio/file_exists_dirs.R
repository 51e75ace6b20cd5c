file.exists(c("/tmp", "/nonexistent"))
d <- file.path(tempdir(), "conf_sub")
dir.create(d)
dir.exists(d)
again <- dir.create(d, showWarnings = FALSE)
again
unlink(d, recursive = TRUE)
dir.exists(d)
x <- unlink("nonexistent-file")
x
file.remove("nonexistent-file")
