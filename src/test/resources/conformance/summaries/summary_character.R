ids <- c("a1", "b2", "c3", "d4")
summary(ids)
s <- summary(letters)
s
class(s)
unclass(s)
summary(character(0))
