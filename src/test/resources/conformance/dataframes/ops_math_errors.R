# Arithmetic and math on frames, and the errors for non-numeric columns
d <- data.frame(a = c(1.234, -5.678), b = c(10L, 20L))
abs(d)
round(d, 1)
sqrt(abs(d))
-d
d / c(2, 4)
d * d
d == 10
!(d > 0)
r <- tryCatch(d + data.frame(a = 1, b = 2), error = function(e) conditionMessage(e))
r
d + data.frame(a = 1:2, b = 2)
s <- data.frame(x = c("a", "b"), y = 1:2)
r <- tryCatch(round(s), error = function(e) conditionMessage(e))
r
r <- tryCatch(s + 1, error = function(e) conditionMessage(e))
r
r <- tryCatch(sum(s), error = function(e) conditionMessage(e))
r
range(d)
min(d$a)
max(data.frame(p = c(3, NA)), na.rm = TRUE)
exp(data.frame(z = 0:1))
log(data.frame(v = c(1, 10, 100)), 10)
cumsum(d$b)
