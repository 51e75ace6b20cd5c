# a header one field shorter than the data means the first column holds row names
txt <- "height weight
alice 160 55.5
bob 182 80
carol 170 62"
df <- read.table(text = txt)
df
rownames(df)
df["bob", "weight"]
# header = FALSE keeps all lines as data
read.table(text = txt, header = FALSE, fill = TRUE)
# write.table's own format round-trips this way
path <- tempfile()
write.table(df, path)
readLines(path)
identical(read.table(path), df)
unlink(path)
