f <- factor(c("apple", "pear", "kiwi", "apple"))
levels(f) <- list(fruit = c("apple", "pear"), other = "kiwi")
f
table(f)
