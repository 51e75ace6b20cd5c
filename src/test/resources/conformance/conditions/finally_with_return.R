f <- function() {
  tryCatch({
    return("returned from body")
  }, finally = cat("finally after return\n"))
  "not reached"
}
print(f())
g <- function() {
  for (i in 1:3) {
    tryCatch({
      if (i == 2) next
      cat("processing", i, "\n")
    }, finally = cat("finally", i, "\n"))
  }
}
g()
h <- function() {
  res <- tryCatch(stop("x"), error = function(e) return("from handler"))
  paste("h got:", res)
}
print(h())
