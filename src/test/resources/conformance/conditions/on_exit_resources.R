with_tempfile <- function(code) {
  path <- tempfile(fileext = ".txt")
  on.exit(unlink(path), add = TRUE)
  writeLines(c("line one", "line two"), path)
  code(path)
}
n <- with_tempfile(function(p) length(readLines(p)))
print(n)
counter <- 0
track <- function() {
  counter <<- counter + 1
  on.exit(counter <<- counter - 1)
  counter
}
print(track())
print(counter)
nested <- function() {
  on.exit(cat("outer exit\n"))
  inner <- function() {
    on.exit(cat("inner exit\n"))
    cat("in inner\n")
  }
  inner()
  cat("back in outer\n")
}
nested()
