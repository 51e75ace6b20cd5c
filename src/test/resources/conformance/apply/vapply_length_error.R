lens <- vapply(list("a", c("b", "c")), function(s) s, character(1))
