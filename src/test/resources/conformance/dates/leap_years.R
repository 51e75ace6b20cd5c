is_leap <- function(y) {
  d <- as.Date(paste0(y, "-03-01")) - 1
  format(d, "%d") == "29"
}
sapply(c(1900, 2000, 2023, 2024), is_leap)
as.numeric(as.Date("2025-01-01") - as.Date("2024-01-01"))
