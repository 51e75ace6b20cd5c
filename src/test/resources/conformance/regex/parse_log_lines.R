log <- c("2024-01-02 ERROR disk full", "2024-01-02 INFO ok", "2024-01-03 WARN slow")
level <- sub("^\\S+ (\\w+) .*$", "\\1", log)
level
table(level)
msgs <- sub("^\\S+ \\w+ ", "", log)
msgs[level != "INFO"]
dates <- regmatches(log, regexpr("^[0-9-]+", log))
unique(dates)
