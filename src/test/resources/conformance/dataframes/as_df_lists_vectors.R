# Converting parsed JSON-like lists into data frames
rec <- list(id = 1:3, name = c("a", "b", "c"), score = c(1.5, NA, 3))
d <- as.data.frame(rec)
d
str(d)
as.data.frame(list(1:2, c("x", "y")))
names(as.data.frame(list(1:2, c("x", "y"))))
as.data.frame(list(a = 1:2, b = c("x", "y")), stringsAsFactors = TRUE)$b
as.data.frame(list(a = 1, b = 2:4))
r <- tryCatch(as.data.frame(list(a = 1:2, b = 1:3)), error = function(e) conditionMessage(e))
r
v <- c(first = 1.5, second = 2.5)
as.data.frame(v)
as.data.frame(c("p", "q"))
as.data.frame(1:3, row.names = c("a", "b", "c"))
x <- as.data.frame(list(`a b` = 1, c = 2))
names(x)
x <- as.data.frame(list(`a b` = 1, c = 2), optional = TRUE)
names(x)
as.data.frame(list(a = 1:2, b = list(3, 4)))
