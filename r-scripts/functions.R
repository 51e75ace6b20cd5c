library(jsonlite)
handle_event <- function(event) {
  paste(names(event), unlist(event), collapse = "; ")
}
