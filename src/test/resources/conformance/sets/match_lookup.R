codes <- c("US", "FR", "DE", "XX")
keys <- c("DE", "FR", "US")
vals <- c("Germany", "France", "United States")
idx <- match(codes, keys)
idx
vals[idx]
ifelse(is.na(idx), "unknown", vals[idx])
