x <- list(1:3, list(letters[1:2], 4.5))
print(rapply(x, function(v) length(v), how = "list"))
print(rapply(x, function(v) v * 2, classes = "integer", deflt = NULL, how = "unlist"))
print(rapply(list(a = "x", b = list(c = "y")), toupper, how = "unlist"))
