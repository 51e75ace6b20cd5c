# sort methods and returned permutations
words <- c("banana", "Apple", "cherry", "apple", "Banana")
sort(words)
sort(words, method = "radix")
sort.int(words, method = "radix")
sort(words, method = "shell")
sort(words, decreasing = TRUE, method = "radix")
sort(c(b = "B", a = "a"), method = "radix")
r <- sort(c(30, 10, 20), index.return = TRUE)
r
r$ix
sort.int(c(3, 1, 2), method = "quick", index.return = TRUE)
sort(c(b = 3, a = 1), index.return = TRUE)
sort(c(3, 1, NA, 2), method = "radix", na.last = TRUE)
sort(c(3L, 1L, 2L), decreasing = TRUE, method = "radix")
sort(c(TRUE, FALSE, TRUE), method = "radix")
x <- c(5.5, -1, 3)
x[sort.list(x)]
order(words, method = "radix")
rev(sort(words))
