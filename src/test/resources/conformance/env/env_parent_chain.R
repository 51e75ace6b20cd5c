grand <- new.env()
parent <- new.env(parent = grand)
child <- new.env(parent = parent)
assign("level", "grand", envir = grand)
assign("only_grand", TRUE, envir = grand)
assign("level", "parent", envir = parent)
print(get("level", envir = child))
print(get("only_grand", envir = child))
print(exists("only_grand", envir = child, inherits = FALSE))
print(identical(parent.env(child), parent))
print(identical(parent.env(parent.env(child)), grand))
depth <- 0
e <- child
while (!identical(e, globalenv()) && !identical(e, emptyenv())) {
  depth <- depth + 1
  e <- parent.env(e)
}
print(depth)
