parse_num <- function(s) {
  v <- suppressWarnings(as.numeric(s))
  if (is.na(v)) stop(sprintf("cannot parse '%s'", s))
  v
}
vals <- c("1", "2.5", "x")
print(lapply(vals[1:2], parse_num))
lapply(vals, parse_num)
