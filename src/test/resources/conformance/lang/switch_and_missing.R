describe <- function(x) {
  switch(class(x)[1],
    numeric = "a number",
    character = "some text",
    logical = ,
    integer = "integer-ish",
    "something else")
}
print(describe(1))
print(describe("a"))
print(describe(TRUE))
print(describe(1L))
print(describe(list()))
f <- function(a, b) {
  if (missing(b)) "b missing" else paste("b =", b)
}
print(f(1))
print(f(1, 2))
s <- switch("z", a = 1, b = 2)
print(is.null(s))
print(switch(2, "first", "second", "third"))
print(is.null(switch(5, "first", "second")))
