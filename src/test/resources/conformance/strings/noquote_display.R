labels <- noquote(c(a = "alpha", b = "beta", c = NA))
labels
class(labels)
labels[2:3]
labels[["a"]]
print(labels, right = TRUE)
nq <- noquote(letters[1:5])
nq
toupper(nq)
c(nq, "f")
noquote(matrix(c("x", "yy", "zzz", "w"), 2))
noquote(character(0))
noquote("single")
unclass(noquote("u"))
m <- noquote(format(c(1.5, 22.25, 333)))
m
noquote(sprintf("%-6s|%4d", c("id", "count"), c(1L, 20L)))
