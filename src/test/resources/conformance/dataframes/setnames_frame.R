df <- setNames(data.frame(1:2, 3:4), c("lo", "hi"))
df
setNames(1:3, c("a", "b", "c"))
setNames(list(1, "x"), c("num", "chr"))
unname(setNames(1:2, c("p", "q")))
