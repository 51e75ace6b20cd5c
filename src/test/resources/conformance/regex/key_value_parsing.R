# Parse "key=value;key=value" configuration strings
cfg <- c("host=db1;port=5432;user=admin", "host=db2; port=5433 ;debug", "", NA, "x==1;=empty")
pairs <- strsplit(cfg, ";")
pairs
parse_pairs <- function(p) {
  p <- trimws(p)
  p <- p[nzchar(p)]
  has_eq <- grepl("=", p, fixed = TRUE)
  keys <- ifelse(has_eq, sub("=.*$", "", p), p)
  vals <- ifelse(has_eq, sub("^[^=]*=", "", p), NA)
  setNames(vals, keys)
}
lapply(pairs, parse_pairs)
kv <- parse_pairs(pairs[[1]])
kv[["port"]]
as.integer(kv["port"])
m <- regmatches(cfg[1], gregexpr("[a-z]+=[^;]*", cfg[1]))[[1]]
m
regmatches(m, regexpr("=", m), invert = TRUE)
