line <- "id,name,score"
fields <- strsplit(line, ",")[[1]]
fields
length(fields)
rows <- c("1,ann,90", "2,bob,85")
parts <- strsplit(rows, ",")
sapply(parts, `[`, 2)
as.numeric(sapply(parts, `[`, 3))
