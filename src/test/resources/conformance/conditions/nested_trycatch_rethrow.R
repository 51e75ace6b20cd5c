inner <- function() stop("low-level failure")
middle <- function() {
  tryCatch(inner(), error = function(e) stop(paste("middle failed:", conditionMessage(e)), call. = FALSE))
}
outer <- function() {
  tryCatch(middle(), error = function(e) {
    cat("outer caught:", conditionMessage(e), "\n")
    "recovered"
  })
}
print(outer())
res <- tryCatch({
  tryCatch(stop("inner"), warning = function(w) "wrong handler")
}, error = function(e) paste("outer got:", conditionMessage(e)))
print(res)
f <- function() {
  tryCatch(stop("orig"), error = function(e) stop(e))
}
r <- tryCatch(f(), error = function(e) deparse(conditionCall(e)))
print(r)
middle()
