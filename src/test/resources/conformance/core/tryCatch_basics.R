r <- tryCatch({
  warning("careful")
  "not returned"
}, warning = function(w) paste("caught warning:", conditionMessage(w)),
   error = function(e) paste("caught error:", conditionMessage(e)),
   finally = cat("finally runs\n"))
r
r2 <- tryCatch(stop("bad"), error = function(e) e)
class(r2)
conditionMessage(r2)
print(r2)
res <- withCallingHandlers({
  warning("w1")
  "value after warning"
}, warning = function(w) {
  cat("handling:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
res
tryCatch(message("hello message"), message = function(m) cat("got:", conditionMessage(m)))
