print(Reduce(function(acc, w) paste0(acc, toupper(substr(w, 1, 1))), c("portable", "network", "graphics"), ""))
print(Reduce(function(a, b) if (nchar(b) > nchar(a)) b else a, c("ab", "abcd", "abc")))
print(Reduce(`+`, 1:3, accumulate = TRUE, right = TRUE))
print(Reduce(function(a, b) c(a, a[length(a)] + b), 1:4, accumulate = FALSE))
