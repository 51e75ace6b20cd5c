f <- factor(c("red", "green", "blue", "green"))
f[2:3]
f[f != "green"]
f[2:3, drop = TRUE]
f[[1]]
rev(f)
