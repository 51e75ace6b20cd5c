df <- data.frame(x = 1:6, group = c("a", "b"), const = 0)
df
r <- tryCatch(data.frame(a = 1:3, b = 1:2), error = function(e) conditionMessage(e))
r
data.frame(a = 1, b = 1:3)
