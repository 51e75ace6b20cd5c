x <- c(10.5, NA, 12.25, 11, 9.75)
var(x)
var(x, na.rm = TRUE)
sd(x, na.rm = TRUE)
var(x, use = "complete.obs")
r <- tryCatch(var(x, use = "all.obs"), error = function(e) conditionMessage(e))
r
var(c(NA, NA), na.rm = TRUE)
r <- tryCatch(var(c(NA, NA), use = "complete.obs"), error = function(e) conditionMessage(e))
r
var(c(1, NaN, 3))
