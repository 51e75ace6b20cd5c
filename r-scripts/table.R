# Returns a data frame: jsonlite turns it into an array of records, one object per row.
#   java -jar target/rlambda.jar invoke r-scripts/table.R events/table.json

handler <- function(n = 5, label = "row") {
  n <- as.integer(n)
  if (is.na(n) || n < 1) stop("n must be a positive whole number")
  i <- seq_len(n)
  data.frame(
    id = i,
    label = paste(label, i),
    square = i^2,
    even = i %% 2 == 0,
    stringsAsFactors = FALSE
  )
}
