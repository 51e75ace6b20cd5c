path <- tempfile(fileext = ".tsv")
writeLines(c("id\ttext\tn",
             "1\t\"has\ttab\"\t5",
             "2\tplain\t",
             "3\t\"quote \"\"inside\"\"\"\t7"), path)
df <- read.delim(path)
df
df$text
str(df)
read.delim(path, quote = "")
write.table(df, sep = "\t", quote = FALSE, row.names = FALSE)
write.table(df, sep = "\t", row.names = FALSE)
unlink(path)
