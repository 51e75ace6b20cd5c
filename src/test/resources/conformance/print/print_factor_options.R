f <- factor(c("b", "a", "b", NA))
f
print(f, max.levels = 0)
print(f, quote = TRUE)
factor(character(0))
factor(c("x", "y"), levels = c("y", "x", "z"))
