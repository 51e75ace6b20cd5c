# Excel's "CSV UTF-8" export starts the file with a byte order mark
path <- tempfile(fileext = ".csv")
writeLines(c("\ufeffid,city,temp", "1,Oslo,-3.5", "2,Lima,19"), path)
df <- read.csv(path)
names(df)
df$id
df2 <- read.csv(path, fileEncoding = "UTF-8-BOM")
names(df2)
df2
# readLines drops the mark as well
first <- readLines(path, n = 1)
nchar(first)
utf8ToInt(substr(first, 1, 1))
unlink(path)
