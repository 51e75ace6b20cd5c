# searching and filtering lists of records
people <- list(list(name = "ann", age = 31), list(name = "bob", age = 17),
               list(name = "cy", age = 45), list(name = "dee", age = 12))
adult <- function(p) p$age >= 18
length(Filter(adult, people))
vapply(Filter(Negate(adult), people), function(p) p$name, "")
Find(adult, people)$name
Find(adult, people, right = TRUE)$name
Position(adult, people)
Position(adult, people, right = TRUE)
Position(function(p) p$age > 100, people)
Find(function(p) p$age > 100, people)
Position(adult, people, nomatch = 0L)
Filter(function(x) x > 2, c(a = 1, b = 3, c = 5))
Filter(function(x) nchar(x) > 1, c("a", "bb", "ccc"))
Filter(is.numeric, list(1, "a", 2L, NULL, TRUE))
Filter(function(x) x, c(TRUE, NA, FALSE))
Filter(function(x) NA, 1:3)
Position(is.na, c(1, NA, 3, NA))
Position(is.na, c(1, NA, 3, NA), right = TRUE)
Find(function(x) x %% 7 == 0, 20:40)
Position(function(x) x > 3, c(1, 5, 2, 8), right = TRUE)
Map(function(p) toupper(p$name), Filter(adult, people))
tryCatch(Filter(function(x) "yes", 1:2), error = function(e) conditionMessage(e))
