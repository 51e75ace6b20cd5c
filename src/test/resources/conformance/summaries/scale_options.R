m <- matrix(c(5, 7, 9, 2, 4, 12), ncol = 2)
scale(m, center = c(1, 2))
scale(m, center = TRUE, scale = c(2, 4))
scale(m, center = FALSE, scale = FALSE)
r <- tryCatch(scale(m, center = 1:3), error = function(e) conditionMessage(e))
r
r <- tryCatch(scale(m, scale = 1), error = function(e) conditionMessage(e))
r
scale(c(1, NA, 3))
