# Builds a 50 000-row data frame and writes it with write.csv (quoted strings, NA, numbers
# formatted to 15 significant digits), then reads the file back.
n <- 50000
ids <- seq_len(n)
df <- data.frame(id = ids, region = c("north", "south", "east", "west")[ids %% 4 + 1],
                 amount = ifelse(ids %% 13 == 0, NA, ids / 7), flag = ids %% 5 == 0)
path <- file.path(tempdir(), "bench_csv_write.csv")
write.csv(df, path, row.names = FALSE)
back <- read.csv(path)
cat(file.size(path), nrow(back), sum(back$amount, na.rm = TRUE), identical(back$region, df$region), "\n")
unlink(path)
