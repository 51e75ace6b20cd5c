outer_var <- 1
f <- function() {
  inner_var <- 2
  c(exists("outer_var"), exists("outer_var", inherits = FALSE), exists("inner_var", inherits = FALSE))
}
print(f())
print(exists("sum"))
print(exists("sum", mode = "function"))
print(exists("sum", mode = "numeric"))
print(exists("letters", mode = "character"))
e <- new.env(parent = emptyenv())
print(exists("sum", envir = e))
e2 <- new.env()
print(exists("sum", envir = e2))
print(exists("sum", envir = e2, inherits = FALSE))
