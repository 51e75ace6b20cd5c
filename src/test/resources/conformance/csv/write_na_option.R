df <- data.frame(city = c("Oslo", NA, "Rome"),
                 pop = c(0.7, 2.1, NA),
                 capital = c(TRUE, NA, TRUE),
                 n = c(NA, 5L, 3L))
write.csv(df, row.names = FALSE)
write.csv(df, row.names = FALSE, na = "")
write.csv(df, row.names = FALSE, na = "NULL")
write.table(df, na = "-", quote = FALSE, row.names = FALSE, sep = "|")
path <- tempfile(fileext = ".csv")
write.csv(df, path, row.names = FALSE, na = "")
back <- read.csv(path)
back
is.na(back$city)
unlink(path)
