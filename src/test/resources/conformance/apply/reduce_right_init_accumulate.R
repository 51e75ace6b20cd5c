# folding lists from either side
Reduce(`-`, 1:4)
Reduce(`-`, 1:4, right = TRUE)
Reduce(`-`, 1:4, accumulate = TRUE)
Reduce(`-`, 1:4, accumulate = TRUE, right = TRUE)
Reduce(`+`, list(), 0)
Reduce(`+`, list())
Reduce(`+`, list(), accumulate = TRUE)
Reduce(function(a, b) paste0(a, b), c("x", "y", "z"), "start:")
Reduce(function(a, b) paste0(a, b), c("x", "y", "z"), "end:", right = TRUE)
Reduce(function(a, b) paste0(a, b), c("x", "y", "z"), "s", accumulate = TRUE)
Reduce(function(a, b) paste0(a, b), c("x", "y", "z"), "e", accumulate = TRUE, right = TRUE)
Reduce(`+`, 1:5, accumulate = TRUE, simplify = FALSE)
Reduce(function(a, b) c(a, b), list(1:2, 3, 4:5))
Reduce(intersect, list(c(1, 2, 3, 4), c(2, 3, 4), c(3, 4, 5)))
Reduce(union, list(c("a", "b"), c("b", "c"), "d"))
Reduce(function(df, f) f(df), list(function(x) x * 2, function(x) x + 1), 5)
merge_all <- Reduce(function(a, b) merge(a, b, by = "id"),
                    list(data.frame(id = 1:3, x = c(5, 6, 7)),
                         data.frame(id = c(1, 3), y = c("p", "q")),
                         data.frame(id = 3:1, z = c(TRUE, FALSE, TRUE))))
merge_all
Reduce(`*`, 1:5, accumulate = TRUE)[5] == factorial(5)
Reduce(function(a, b) a + b, list(1, "a"))
