setup <- function() {
  library(nonexistentpkg123)
}
setup()
