new_person <- function(name, age) structure(list(name = name, age = age), class = "person")
print.person <- function(x, ...) {
  cat("Person:", x$name, "aged", x$age, "\n")
  invisible(x)
}
p <- new_person("Ada", 36)
p
print(p)
people <- list(p, new_person("Alan", 41))
people
format.person <- function(x, ...) paste0("<", x$name, ">")
format(p)
toString.person <- function(x, ...) paste("person", x$name)
toString(p)
