dfs <- list(c(a = 1), c(b = 2), c(c = 3))
print(Reduce(c, dfs))
merged <- Reduce(function(acc, x) { acc[[x$key]] <- x$value; acc },
                 list(list(key = "x", value = 1), list(key = "y", value = 2)), list())
print(merged)
print(Reduce(intersect, list(1:10, 5:15, c(5, 7, 20))))
print(Reduce(function(a, b) c(a, b), list(1:2, 3:4), accumulate = TRUE))
compose <- function(...) { fs <- list(...); function(x) Reduce(function(acc, f) f(acc), fs, x) }
inc_then_double <- compose(function(x) x + 1, function(x) x * 2)
print(inc_then_double(5))
