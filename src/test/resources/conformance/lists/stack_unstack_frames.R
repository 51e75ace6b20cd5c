latency <- list(api = c(120, 95, 130), db = c(15, 22), cache = 2)
long <- stack(latency)
long
class(long$ind)
levels(long$ind)
aggregate(values ~ ind, data = long, FUN = mean)
tapply(long$values, long$ind, max)
wide <- unstack(data.frame(values = c(1, 2, 3, 4), ind = factor(c("a", "b", "a", "b"))))
wide
class(wide)
unstack(long)
stack(list(only = numeric(0), one = 1))
nested <- stack(list(x = 1:2, y = 3:4))
str(nested)
