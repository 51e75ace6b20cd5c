old <- setwd(tempdir())
dir.create("info-dir", showWarnings = FALSE)
writeLines(c("alpha", "beta"), file.path("info-dir", "two.txt"))
cat("", file = file.path("info-dir", "empty.txt"))
cat("é", file = file.path("info-dir", "utf8.txt"))
files <- file.path("info-dir", c("two.txt", "empty.txt", "utf8.txt", "missing.txt"))
file.size(files)
info <- file.info(files)
rownames(info)
info$size
info$isdir
file.info("info-dir")$isdir
file.info("info-dir", extra_cols = FALSE)$isdir
class(file.mtime(files[1]))
is.na(file.mtime(files[4]))
# pick the biggest file
sizes <- file.size(files[1:3])
basename(files[which.max(sizes)])
unlink("info-dir", recursive = TRUE)
invisible(setwd(old))
