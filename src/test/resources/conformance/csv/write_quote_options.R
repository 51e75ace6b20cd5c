df <- data.frame(id = 1:3,
                 label = c("plain", "with, comma", "say \"hi\""),
                 grp = factor(c("a", "b", "a")),
                 x = c(1.5, NA, -2))
# quote only selected columns (by number)
write.table(df, quote = 2, sep = ",", row.names = FALSE)
write.table(df, quote = c(2, 3), sep = ",", row.names = FALSE)
# no quoting at all
write.table(df, quote = FALSE, sep = "\t", row.names = FALSE)
# escape vs double for embedded quotes
write.table(df, qmethod = "escape", row.names = FALSE)
write.table(df, qmethod = "double", row.names = FALSE)
r <- tryCatch(write.table(df, quote = NA), error = function(e) conditionMessage(e))
r
r <- tryCatch(write.table(df, quote = 7), error = function(e) conditionMessage(e))
r
