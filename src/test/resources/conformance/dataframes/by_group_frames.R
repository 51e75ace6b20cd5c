# by() and tapply() over groups of rows
d <- data.frame(g = c("a", "b", "a", "b", "c"), x = c(1, 2, 3, 4, 5), y = c(10, 20, 30, 40, 50))
res <- by(d[, c("x", "y")], d$g, colMeans)
res
class(res)
res[["b"]]
by(d, d$g, function(s) nrow(s))
tapply(d$x, d$g, sum)
tapply(d$y, list(d$g, d$x > 2), sum)
sapply(split(d$y, d$g), range)
ave(d$x, d$g)
ave(d$x, d$g, FUN = max)
d$share <- d$x / ave(d$x, d$g, FUN = sum)
d
