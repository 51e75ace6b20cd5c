sizes <- factor(c("S", "M", "L", "XL", "M", "S"), levels = c("S", "M", "L", "XL"))
levels(sizes) <- c("small", "medium", "large", "large")
sizes
table(sizes)
colors <- factor(c("red", "crimson", "blue", "navy", "green"))
levels(colors)
levels(colors) <- list(red = c("red", "crimson"), blue = c("blue", "navy"), other = "green")
colors
f <- factor(c("a", "b", "c"))
levels(f)[levels(f) == "b"] <- "B"
f
levels(f) <- c("x", NA, "z")
f
g <- factor(c("p", "q"))
r <- tryCatch({ levels(g) <- "only"; g }, error = function(e) conditionMessage(e))
r
x <- 1:3
levels(x) <- c("u", "v")
attributes(x)
h <- factor(c("a", "b"))
levels(h) <- c("b", "c", "d")
h
nlevels(h)
