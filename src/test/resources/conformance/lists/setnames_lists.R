vals <- setNames(c(3, 1, 2), c("c", "a", "b"))
vals
vals[order(names(vals))]
lst <- setNames(vector("list", 3), c("x", "y", "z"))
str(lst)
setNames(nm = c("k1", "k2"))
