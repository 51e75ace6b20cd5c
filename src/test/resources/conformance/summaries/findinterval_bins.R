# map scores onto grade boundaries
bounds <- c(0, 50, 65, 80, 90)
scores <- c(49.5, 50, 64.9, 65, 79, 80, 89.99, 90, 100, -3, NA)
idx <- findInterval(scores, bounds)
idx
grades <- c("F", "D", "C", "B", "A")
grades[idx]
findInterval(scores, bounds, left.open = TRUE)
findInterval(scores, bounds, rightmost.closed = TRUE)
findInterval(scores, bounds, all.inside = TRUE)
findInterval(c(1, 2, 2, 3), c(1, 2, 2, 3))
findInterval(c(1, 2, 3), c(1, 2, 2, 3), left.open = TRUE, rightmost.closed = TRUE)
findInterval(5, numeric(0))
findInterval(c(-Inf, Inf), c(0, 10))
findInterval(3L, 1:5)
r <- tryCatch(findInterval(1, c(3, 2, 1)), error = function(e) conditionMessage(e))
r
r <- tryCatch(findInterval(1, c(1, NA)), error = function(e) conditionMessage(e))
r
table(factor(findInterval(scores, bounds), levels = 0:5))
