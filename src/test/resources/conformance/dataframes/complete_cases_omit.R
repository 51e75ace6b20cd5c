# Dropping incomplete rows: complete.cases, na.omit and the na.action attribute
d <- data.frame(id = 1:5, x = c(1, NA, 3, 4, NA), y = c("a", "b", NA, "d", "e"))
complete.cases(d)
d[complete.cases(d), ]
complete.cases(d$x, d$y)
complete.cases(d[, c("id", "x")])
clean <- na.omit(d)
clean
attr(clean, "na.action")
class(attr(clean, "na.action"))
naprint <- na.action(clean)
naprint
nrow(na.omit(d[, c("id", "y")]))
na.omit(data.frame(a = 1:2))
na.omit(c(1, NA, 3))
sum(!complete.cases(d))
r <- tryCatch(complete.cases(), error = function(e) conditionMessage(e))
r
r <- tryCatch(complete.cases(1:3, 1:2), error = function(e) conditionMessage(e))
r
