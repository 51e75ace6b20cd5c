# keep the latest record per id
ids <- c(101, 102, 101, 103, 102, 101)
stamp <- c(1, 2, 3, 4, 5, 6)
o <- order(ids, -stamp)
ids_sorted <- ids[o]
keep <- !duplicated(ids_sorted)
ids_sorted[keep]
stamp[o][keep]
table_ids <- unique(ids)
sort(table_ids)
match(c(103, 104), table_ids)
