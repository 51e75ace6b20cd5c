# typical script preamble
suppressPackageStartupMessages({
  library(stats)
  library(utils)
  library(jsonlite)
})
options(stringsAsFactors = FALSE, warn = 1)
main <- function(args) {
  data <- jsonlite::fromJSON('{"values": [3, 1, 2]}')
  sorted <- sort(data$values)
  cat("sorted:", sorted, "\n")
  invisible(sorted)
}
main(commandArgs(trailingOnly = TRUE))
if (!requireNamespace("optionalpkg", quietly = TRUE)) {
  message("optionalpkg not available; using defaults")
}
