e <- new.env()
calls <- 0
makeActiveBinding("ticker", function() {
  calls <<- calls + 1
  calls * 10
}, e)
print(e$ticker)
print(e$ticker)
print(get("ticker", envir = e))
print(calls)
print(bindingIsActive("ticker", e))
store <- NULL
makeActiveBinding("prop", function(v) {
  if (missing(v)) store else store <<- toupper(v)
}, environment())
prop <- "hello"
print(prop)
print(store)
