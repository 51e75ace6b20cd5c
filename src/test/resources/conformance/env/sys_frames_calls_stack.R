a <- function() b(1)
b <- function(x) c2(x + 1)
c2 <- function(y) {
  calls <- sys.calls()
  for (cl in calls) print(cl)
  length(sys.frames())
}
print(a())
trace_names <- function() vapply(sys.calls(), function(cl) as.character(cl[[1]]), "")
outer_most <- function() trace_names()
print(outer_most())
nf <- function() sys.nframe()
print(nf())
print((function() nf())())
