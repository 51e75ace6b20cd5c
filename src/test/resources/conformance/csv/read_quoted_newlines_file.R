path <- tempfile(fileext = ".csv")
writeLines(c('id,note,score',
             '1,"first line',
             'second line",3.5',
             '2,"has ""quotes"", and a comma",4',
             '3,"",NA',
             '4,"ends with newline',
             '",1'), path)
length(readLines(path))
df <- read.csv(path)
nrow(df)
df$note
cat(df$note[1], "\n")
df$score
write.csv(df, row.names = FALSE)
unlink(path)
