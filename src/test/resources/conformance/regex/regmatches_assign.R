x <- c("apple=1", "banana=22")
m <- regexpr("[0-9]+", x)
regmatches(x, m) <- c("X", "Y")
x
y <- c("a1b2", "c3")
regmatches(y, gregexpr("[0-9]", y)) <- list(c("<1>", "<2>"), "<3>")
y
