f <- function() {
  warning("w")
  message("m")
  "value"
}
print(suppressWarnings(suppressMessages(f())))
x <- suppressWarnings({
  v <- as.integer("oops")
  is.na(v)
})
print(x)
res <- suppressMessages({ message("quiet"); 5 })
print(res)
print(suppressWarnings(sqrt(-1)))
