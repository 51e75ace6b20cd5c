setNames(1:3, c("a", "b", "c"))
setNames(list(1, 2), c("x", "y"))
setNames(nm = c("p", "q"))
v <- setNames(c(10, 20), c("lo", "hi"))
v["hi"]
setNames(1:2, NULL)
