e <- new.env()
for (nm in c("beta", "Alpha", "alpha", "_hidden", ".dot", "Zed", "a1", "a.b", "B")) assign(nm, 1, envir = e)
print(ls(e))
print(ls(e, all.names = TRUE))
print(ls(e, pattern = "^a"))
print(ls(e, sorted = FALSE))
f <- function(x, y) { z <- 1; ls() }
print(f(1, 2))
g <- function() { .secret <- 1; visible <- 2; c(length(ls()), length(ls(all.names = TRUE))) }
print(g())
