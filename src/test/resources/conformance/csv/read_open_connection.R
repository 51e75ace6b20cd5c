# a payload with a preamble: read the metadata lines, then the table from the same connection
path <- tempfile(fileext = ".csv")
writeLines(c("source: sensor-7", "units: celsius", "time,temp", "08:00,12.5", "09:00,14", "10:00,15.25"), path)
con <- file(path, "r")
meta <- readLines(con, n = 2)
meta
data <- read.csv(con)
close(con)
data
mean(data$temp)
# text vector input, one element per line
read.csv(text = c("k,v", "a,1", "b,2"))
# write to a text connection and read the result back
tc <- textConnection("buffer", "w")
write.csv(data, tc, row.names = FALSE)
close(tc)
buffer
identical(read.csv(text = buffer), data)
con <- textConnection(buffer)
read.csv(con, nrows = 1)
close(con)
unlink(path)
