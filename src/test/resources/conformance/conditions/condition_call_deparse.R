f <- function(data, threshold = 0.5) stop("threshold exceeded")
e <- tryCatch(f(list(a = 1), threshold = 0.9), error = function(e) e)
print(deparse(conditionCall(e)))
print(e)
w <- tryCatch(as.numeric("z"), warning = function(w) w)
print(w)
print(is.null(conditionCall(w)))
g <- function() {
  warning("from g")
}
w2 <- tryCatch(g(), warning = function(w) w)
print(conditionCall(w2))
