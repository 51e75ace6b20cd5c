sizes <- data.frame(size = c("S", "L"))
colors <- data.frame(color = c("red", "blue", "green"))
merge(sizes, colors, by = NULL)
nrow(merge(sizes, colors, by = NULL))
r <- tryCatch(merge(sizes, colors, by = "nope"), error = function(e) conditionMessage(e))
r
