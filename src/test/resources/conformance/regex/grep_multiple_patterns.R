# Tag log lines by matching several patterns
logs <- c("ERROR disk full", "WARN cpu high", "INFO started", "error: lowercase",
          "DEBUG x=1", "WARN memory", NA)
patterns <- c(error = "^(ERROR|error)", warn = "^WARN", info = "^INFO")
hits <- sapply(patterns, grepl, x = logs)
hits
rowSums(hits)
tags <- apply(hits, 1, function(r) if (any(r)) names(patterns)[which(r)[1]] else "other")
tags
table(tags)
vapply(patterns, function(p) length(grep(p, logs)), integer(1))
Reduce(`|`, lapply(patterns, grepl, x = logs))
grep(paste(patterns, collapse = "|"), logs, value = TRUE)
Filter(function(l) grepl("WARN", l), logs)
