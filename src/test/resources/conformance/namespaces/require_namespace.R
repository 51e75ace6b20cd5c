print(requireNamespace("jsonlite", quietly = TRUE))
print(requireNamespace("stats"))
print(requireNamespace("notinstalledpkg", quietly = TRUE))
if (requireNamespace("jsonlite", quietly = TRUE)) {
  print(jsonlite::fromJSON("[1,2,3]"))
}
has_pkg <- function(p) requireNamespace(p, quietly = TRUE)
print(vapply(c("base", "utils", "ghostpkg"), has_pkg, logical(1)))
print(requireNamespace("loudmissing"))
