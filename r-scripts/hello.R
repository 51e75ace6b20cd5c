# A console "hello" function. Run it locally:
#   java -jar target/rlambda.jar invoke r-scripts/hello.R events/hello.json
#
# Everything at the top level runs once per container (Lambda's init phase), so expensive
# setup belongs here. The function named `handler` runs for every event: the event's top-level
# JSON fields arrive as arguments, and the return value is sent back as JSON (jsonlite rules,
# auto_unbox = TRUE).

greeting <- "Hello"

handler <- function(name = "world", numbers = numeric(0), ...) {
  extra <- list(...)
  if (length(extra) > 0) {
    message("ignoring unused fields: ", paste(names(extra), collapse = ", "))
  }
  cat("greeting", name, "\n")
  list(
    message = paste0(greeting, ", ", name, "!"),
    count = length(numbers),
    total = sum(numbers),
    mean = if (length(numbers) > 0) mean(numbers) else NA
  )
}
