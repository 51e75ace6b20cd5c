new_employee <- function(name, age) structure(list(name = name, age = age), class = "employee")
print.employee <- function(x, ...) {
  cat("Employee:", x$name, "aged", x$age, "\n")
  invisible(x)
}
p <- new_employee("Ada", 36)
p
print(p)
people <- list(p, new_employee("Alan", 41))
people
format.employee <- function(x, ...) paste0("<", x$name, ">")
format(p)
toString.employee <- function(x, ...) paste("employee", x$name)
toString(p)
