setequal(c("a", "b"), c("b", "a", "a"))
setequal(numeric(0), NULL)
is.unsorted(c(1, 2, 2, 3))
is.unsorted(c(1, 2, 2, 3), strictly = TRUE)
x <- c(4, 1, 3)
if (is.unsorted(x)) x <- sort(x)
x
is.unsorted(c("apple", "Banana", "cherry"))
