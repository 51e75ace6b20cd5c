print(base::paste("a", "b"))
print(stats::median(c(5, 1, 3)))
print(utils::head(letters, 3))
print(base::sum(1:10))
f <- base::nchar
print(f("hello"))
print(jsonlite::toJSON(1:3))
print(base::pi)
plus <- base::`+`
print(plus(2, 3))
print(stats:::median(1:4))
print(identical(base::print, print))
print(sapply(1:3, stats::sd))
