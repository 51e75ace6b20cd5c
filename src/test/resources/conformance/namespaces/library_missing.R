ok <- suppressWarnings(library(notapkg, logical.return = TRUE))
print(ok)
r <- tryCatch(library(notapkg), error = function(e) conditionMessage(e))
print(r)
r <- tryCatch(library(notapkg), error = function(e) class(e))
print(r)
pkg <- "anotherpkg"
r <- try(library(pkg, character.only = TRUE))
library(notapkg)
