# Recycling of shorter columns when building a frame
d <- data.frame(id = 1:6, group = c("a", "b"), flag = TRUE)
d
data.frame(x = 1:4, y = c(10, 20))
data.frame(k = character(0), v = numeric(0))
data.frame(a = 1, b = 1:3, c = c("p", "q", "r"))
r <- tryCatch(data.frame(x = 1:3, y = 1:2), error = function(e) conditionMessage(e))
r
r <- tryCatch(data.frame(x = 1:4, y = 1:3, z = 1:2), error = function(e) conditionMessage(e))
r
r <- tryCatch(data.frame(x = 1:2, y = integer(0)), error = function(e) conditionMessage(e))
r
data.frame(x = 1:3, y = c(a = 1, b = 2, c = 3))
data.frame(x = 1:5, y = c("u", "v", "w", "x", "y"))[c(1, 5), ]
data.frame(a = 1:3, b = 4:5)
