# log/text processing style script
logs <- c(
  "2024-03-01T10:15:02Z INFO  [api] GET /users/42 200 12ms",
  "2024-03-01T10:15:05Z WARN  [api] GET /users/7 404 3ms",
  "2024-03-01T10:16:11Z ERROR [db] timeout after 3000ms: SELECT * FROM orders",
  "2024-03-01T10:17:45Z INFO  [api] POST /orders 201 45ms",
  "2024-03-01T10:18:00Z INFO  [auth] login ok user=alice@example.com",
  "2024-03-01T10:18:30Z ERROR [api] POST /orders 500 120ms",
  "malformed line",
  ""
)
ok <- grepl("^\\d{4}-\\d{2}-\\d{2}T", logs, perl = TRUE)
cat("valid:", sum(ok), "of", length(logs), "\n")
logs <- logs[ok]
parts <- regmatches(logs, regexec("^(\\S+) +(\\w+) +\\[(\\w+)\\] (.*)$", logs))
df <- as.data.frame(do.call(rbind, lapply(parts, `[`, -1)), stringsAsFactors = FALSE)
names(df) <- c("ts", "level", "component", "msg")
df$ts <- as.POSIXct(df$ts, format = "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")
df$level <- factor(df$level, levels = c("INFO", "WARN", "ERROR"))
print(df)
str(df)
print(table(df$level))
print(with(df, table(component, level)))
ms <- as.numeric(sub("ms$", "", regmatches(df$msg, regexpr("[0-9]+ms", df$msg))))
print(ms)
http <- grepl("^(GET|POST|PUT|DELETE) ", df$msg)
req <- do.call(rbind, strsplit(df$msg[http], " "))
print(req)
print(unique(gsub("/[0-9]+", "/:id", req[, 2])))
emails <- unlist(regmatches(df$msg, gregexpr("[[:alnum:]._-]+@[[:alnum:].-]+", df$msg)))
print(emails)
print(sprintf("%s|%-5s|%s", format(df$ts, "%H:%M"), df$level, substr(df$msg, 1, 20)))
print(nchar(df$msg))
print(toupper(substring(df$component, 1, 1)))
print(sprintf("%05.1f%%", 100 * prop.table(table(df$level))))
print(trimws(formatC(c(1, 10, 100), width = 8, format = "d", flag = "0")))
print(format(c(0.001234, 123.456, 1e6), big.mark = ",", scientific = FALSE))
print(format(Sys.Date() - Sys.Date()))
print(difftime(df$ts[2], df$ts[1], units = "secs"))
print(diff(df$ts))
print(rev(sort(table(unlist(strsplit(tolower(paste(df$msg, collapse = " ")), "[^a-z]+"))))) [1:5])
print(sprintf("%s", list(1, "a", TRUE)))
print(chartr("abc", "xyz", "aabbcc"))
print(casefold("MiXeD", upper = FALSE))
print(sprintf("%*d", 5, 42L))
print(strtoi(c("ff", "777", "101"), c(16L, 8L, 2L)))
print(make.unique(c("a", "a", "b", "a")))
print(make.names(c("1abc", "a b", "ok", "ok"), unique = TRUE))
print(shQuote("it's"))
print(dQuote("x", FALSE))
print(sQuote("x", FALSE))
print(noquote(c("a", "b")))
print(encodeString(c("a\nb", "tab\t"), quote = '"'))
