df <- data.frame(size = factor(c("M", "S", "L", "M"), levels = c("S", "M", "L")), n = c(3, 1, 2, 5))
path <- tempfile(fileext = ".csv")
write.csv(df, path, row.names = FALSE)
back <- read.csv(path, stringsAsFactors = TRUE)
levels(back$size)
back$size <- factor(back$size, levels = c("S", "M", "L"))
back[order(back$size), ]
tapply(back$n, back$size, sum)
unlink(path)
