groups <- list(a = 1:3, b = character(0), c = list(1, 2))
lengths(groups)
sapply(groups, length)
groups[lengths(groups) > 0]
Filter(Negate(is.null), list(a = 1, b = NULL, c = 3))
