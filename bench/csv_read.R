# Writes a 100 000-row, 4-column CSV into tempdir() and reads it back with read.csv.
n <- 100000
path <- file.path(tempdir(), "bench_csv_read.csv")
ids <- seq_len(n)
lines <- paste(ids, c("north", "south", "east", "west")[ids %% 4 + 1], ids / 16, ids %% 7 == 0, sep = ",")
writeLines(c("id,region,amount,flag", lines), path)
df <- read.csv(path)
cat(nrow(df), ncol(df), sum(df$amount), sum(df$flag), "\n")
cat(paste(sapply(df, class), collapse = " "), "\n")
unlink(path)
