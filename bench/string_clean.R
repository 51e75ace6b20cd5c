# Text cleaning as a log-processing function does it: regex extraction, substitution,
# case folding, sprintf/formatC formatting and a word count, over 20 000 generated lines.
n <- 20000
i <- seq_len(n)
lines <- sprintf("2026-11-%02d  user%03d@Example.COM  GET /items/%d?ref=%s  status=%d  %5.1fms",
                 i %% 28 + 1, i %% 500, i, c("home", "search", "ad")[i %% 3 + 1], c(200L, 404L, 500L)[i %% 7 %/% 3 + 1], (i %% 997) / 7)
emails <- tolower(regmatches(lines, regexpr("[[:alnum:]._]+@[[:alnum:].]+", lines)))
status <- as.integer(sub(".*status=([0-9]+).*", "\\1", lines))
path <- gsub("\\?.*$", "", sub("^.*GET (\\S+).*$", "\\1", lines, perl = TRUE))
ms <- as.numeric(sub("ms$", "", vapply(strsplit(lines, " +"), function(f) f[length(f)], "")))
clean <- trimws(gsub("[[:space:]]+", " ", toupper(substr(lines, 13, 40))))
words <- table(unlist(strsplit(tolower(gsub("[^[:alpha:] ]", " ", lines)), " +")))
report <- sprintf("%-22s %6d %10s", names(tail(sort(table(emails)), 3)), as.integer(tail(sort(table(emails)), 3)),
                  formatC(c(sum(ms), mean(ms), max(ms)), format = "f", digits = 2, big.mark = ","))
writeLines(report)
cat(length(unique(path)), sum(status == 404L), nchar(paste(clean[1:3], collapse = "|")), length(words), "\n")
print(head(sort(words, decreasing = TRUE), 5))
