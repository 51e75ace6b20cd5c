# Quote CSV fields that need it and undo the quoting again
fields <- c("plain", "with,comma", "say \"hi\"", "multi\nline", "", NA, " padded ")
needs <- grepl("[,\"\n]|^ | $", fields)
needs
quoted <- ifelse(needs, paste0("\"", gsub("\"", "\"\"", fields, fixed = TRUE), "\""), fields)
quoted
line <- paste(ifelse(is.na(quoted), "", quoted), collapse = ",")
cat(line, "\n")
unq <- function(f) {
  q <- grepl("^\".*\"$", f)
  f[q] <- gsub("\"\"", "\"", substr(f[q], 2, nchar(f[q]) - 1), fixed = TRUE)
  f
}
unq(quoted)
identical(unq(quoted)[!is.na(fields)], fields[!is.na(fields)])
m <- gregexpr("(\"([^\"]|\"\")*\"|[^,]*)(,|$)", "a,\"b,c\",d")
regmatches("a,\"b,c\",d", m)
