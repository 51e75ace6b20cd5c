f <- function(x) {
  tryCatch({
    cat("start\n")
    if (x < 0) stop("negative input")
    sqrt(x)
  }, error = function(e) {
    cat("handling:", conditionMessage(e), "\n")
    NA
  }, finally = cat("cleanup for", x, "\n"))
}
print(f(16))
print(f(-1))
r <- tryCatch(warning("watch out"), warning = function(w) paste("W:", conditionMessage(w)),
  error = function(e) "E")
print(r)
r2 <- tryCatch(message("note"), message = function(m) conditionMessage(m))
print(r2)
r3 <- tryCatch(stop("a"), condition = function(c) class(c))
print(r3)
tryCatch(42, finally = cat("finally runs on success\n"))
