f <- factor(c("lo", "hi", "lo", "mid"))
f
levels(f)
nlevels(f)
as.integer(f)
as.character(f)
