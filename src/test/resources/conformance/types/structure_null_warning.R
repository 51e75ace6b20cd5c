s <- structure(NULL, class = "thing")
class(s)
structure(list(), class = "empty")
