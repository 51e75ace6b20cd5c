words <- c("alpha", "beta", NA, "delta")
print(words)
print(words, quote = FALSE)
print(c(first = "a", second = "b"), quote = FALSE)
