parse_num <- function(s) {
  v <- suppressWarnings(as.numeric(s))
  if (is.na(v)) stop("not a number: ", s)
  v
}
print(lapply(c("1", "2.5"), parse_num))
res <- tryCatch(lapply(c("3", "x"), parse_num), error = function(e) conditionMessage(e))
print(res)
lapply(c("4", "oops"), parse_num)
