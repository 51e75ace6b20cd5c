# Triggered by an S3 upload of a CSV file of sales (columns: region, product, amount).
# The function receives the downloaded file's `path` (and `bucket`, `key`, `size`, `event_time`,
# `output_dir` when it names them); what it returns is written to the output prefix:
# a list becomes JSON, a data frame CSV, a character vector text.
#   java -jar target/rlambda.jar invoke r-scripts/s3-sales-summary.R events/s3-sales-upload.json
# reads events/local-s3/example-bucket/uploads/sales.csv and writes
# events/local-s3/example-bucket/rlambda-output/uploads/sales.csv.json

handler <- function(path, key, ...) {
  sales <- read.csv(path, stringsAsFactors = FALSE)
  regions <- sort(unique(sales$region))
  by_region <- data.frame(
    region = regions,
    orders = vapply(regions, function(r) sum(sales$region == r), numeric(1)),
    total = vapply(regions, function(r) sum(sales$amount[sales$region == r]), numeric(1)),
    row.names = NULL,
    stringsAsFactors = FALSE
  )
  cat("summarised", nrow(sales), "rows of", key, "\n")
  list(source = key, rows = nrow(sales), total = sum(sales$amount), by_region = by_region)
}
