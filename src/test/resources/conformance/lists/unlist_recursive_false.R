pages <- list(
  list(list(id = 1, v = "a"), list(id = 2, v = "b")),
  list(list(id = 3, v = "c"))
)
items <- unlist(pages, recursive = FALSE)
length(items)
str(items)
ids <- vapply(items, function(i) i$id, numeric(1))
ids
unlist(list(a = list(x = 1, y = list(z = 2)), b = 3), recursive = FALSE)
unlist(list(1:2, list(3, 4)), recursive = FALSE)
str(unlist(list(a = list(1, 2), b = list(3)), recursive = FALSE))
do.call(c, pages)[[3]]$v
Reduce(function(a, b) c(a, b), pages) |> length()
