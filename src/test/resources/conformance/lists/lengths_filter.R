# drop empty groups and report sizes
groups <- split(c(5, 3, 8, 1, 9), c("b", "a", "b", "c", "b"))
lengths(groups)
groups$d <- numeric(0)
lengths(groups)
groups[lengths(groups) > 0]
names(which.max(lengths(groups)))
sapply(groups, length) == lengths(groups)
lengths(list(a = NULL, b = NA, c = list(NULL)))
lengths(list(letters, LETTERS[1:3]))
lengths(setNames(nm = c("x", "yy")))
lengths(as.list(1:3))
lengths(list(data.frame(a = 1:3, b = 4:6)))
r <- tryCatch(lengths(mean), error = function(e) conditionMessage(e))
r
