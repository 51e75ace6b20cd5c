memo <- new.env()
fib <- function(n) {
  key <- as.character(n)
  if (!is.null(memo[[key]])) return(memo[[key]])
  val <- if (n <= 1) n else fib(n - 1) + fib(n - 2)
  assign(key, val, envir = memo)
  val
}
print(fib(30))
print(length(ls(memo)))
print(head(sort(as.integer(ls(memo))), 5))
print(exists("25", envir = memo))
print(mget(c("10", "20"), envir = memo))
