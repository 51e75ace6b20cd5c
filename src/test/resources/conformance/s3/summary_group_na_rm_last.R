x <- structure(1:3, class = "foo")
Summary.foo <- function(..., na.rm) { print(sys.call()); print(na.rm); 0 }
max(x)
sum(x, na.rm = TRUE)
range(x, 5)
tryCatch(max(data.frame(a = "x")), error = function(e) print(conditionCall(e)))
