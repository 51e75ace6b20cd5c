res <- tryCatch({
  cat("working\n")
  42
}, finally = cat("cleaning up\n"))
print(res)
res <- tryCatch({
  stop("broken")
}, error = function(e) {
  cat("handler:", conditionMessage(e), "\n")
  -1
}, finally = cat("finally runs after handler\n"))
print(res)
f <- function() {
  tryCatch(return("early"), finally = cat("finally on return\n"))
  "late"
}
print(f())
res <- tryCatch(warning("w!"), warning = function(w) paste("warned:", conditionMessage(w)),
                error = function(e) "error")
print(res)
res <- tryCatch(message("note"), message = function(m) trimws(conditionMessage(m)))
print(res)
res <- tryCatch(as.integer("x"), warning = function(w) conditionMessage(w))
print(res)
