results <- lapply(list(1, "a", 3), function(v) try(log(v), silent = TRUE))
ok <- !vapply(results, inherits, logical(1), what = "try-error")
print(ok)
print(unlist(results[ok]))
bad <- results[[2]]
print(class(bad))
print(attr(bad, "condition"))
cat(bad)
print(length(bad))
