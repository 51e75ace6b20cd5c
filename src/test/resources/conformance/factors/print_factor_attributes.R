f <- factor(c(a = "x", b = "y"))
f
structure(factor(c("u", "v")), note = "hi")
structure(factor(c("u", "v")), comment = "hidden")
factor(character(0))
ff <- factor(c("p", "q")); attr(ff, "contrasts") <- "c"; ff
print(factor(c("a", NA)), max.levels = 0)
