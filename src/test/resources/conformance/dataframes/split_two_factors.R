# split() a frame by one or two factors, drop empty groups, and put it back
d <- data.frame(
  region = c("n", "s", "n", "e", "s", "n"),
  kind = factor(c("x", "y", "y", "x", "y", "x"), levels = c("x", "y", "z")),
  v = c(1.5, 2, 3.25, 4, 5, 6)
)
s <- split(d, d$region)
names(s)
s$n
s2 <- split(d, list(d$region, d$kind))
names(s2)
s2[["n.x"]]
nrow(s2[["e.y"]])
s3 <- split(d, list(d$region, d$kind), drop = TRUE)
names(s3)
s4 <- split(d, d$kind)
sapply(s4, nrow)
s5 <- split(d, ~ region)
names(s5)
sums <- sapply(split(d$v, d$region), sum)
sums
back <- unsplit(s, d$region)
identical(back$v, d$v)
back
lapply(split(d, d$region), function(g) g[which.max(g$v), "v"])
