# collect output lines in a variable
tc <- textConnection("report", "w")
writeLines("Report", tc)
cat("total:", 42, "\n", file = tc)
cat("partial", file = tc)
report
isIncomplete(tc)
close(tc)
report
# local = TRUE keeps the variable inside the function
f <- function() {
  tc <- textConnection("lines", "w", local = TRUE)
  writeLines(c("a", "b"), tc)
  close(tc)
  lines
}
f()
exists("lines", envir = globalenv(), inherits = FALSE)
# textConnection(NULL, "w") and textConnectionValue
tc <- textConnection(NULL, "w")
write.csv(data.frame(k = 1:2), tc, row.names = FALSE)
textConnectionValue(tc)
close(tc)
# appending to an existing character vector
acc <- c("line 1")
tc <- textConnection("acc", "a")
writeLines("line 2", tc)
close(tc)
acc
