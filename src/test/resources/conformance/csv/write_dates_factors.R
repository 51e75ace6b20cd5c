log <- data.frame(
  day = as.Date(c("2024-01-31", "2024-02-29", NA)),
  level = factor(c("info", "warn", "info"), levels = c("debug", "info", "warn")),
  when = as.POSIXct(c("2024-01-31 08:00:00", "2024-02-29 23:59:59", "2024-03-01 00:00:00"), tz = "UTC"),
  code = c(200L, 503L, NA),
  stringsAsFactors = FALSE
)
write.csv(log, row.names = FALSE)
write.csv(log, row.names = FALSE, quote = FALSE)
path <- tempfile(fileext = ".csv")
write.csv(log, path, row.names = FALSE)
back <- read.csv(path, colClasses = c(day = "Date"))
str(back[c("day", "level", "code")])
back$day == log$day
unlink(path)
