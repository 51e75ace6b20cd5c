size <- factor(c("small", "large", "medium"), levels = c("small", "medium", "large"), ordered = TRUE)
size
is.ordered(size)
ordered(c("b", "a"))
factor(c("a", "b"), ordered = TRUE)
