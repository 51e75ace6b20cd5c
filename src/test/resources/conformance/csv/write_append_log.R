# a job appends one summary row per run to a log file
path <- tempfile(fileext = ".csv")
runs <- list(
  data.frame(run = 1L, status = "ok", seconds = 1.25),
  data.frame(run = 2L, status = "failed", seconds = 0.5),
  data.frame(run = 3L, status = "ok", seconds = 2)
)
for (r in runs) {
  write.table(r, path, sep = ",", row.names = FALSE,
              col.names = !file.exists(path), append = file.exists(path))
}
cat(readLines(path), sep = "\n")
logdf <- read.csv(path)
logdf
aggregate(seconds ~ status, data = logdf, FUN = sum)
unlink(path)
