s <- seq(0, 1, by = 0.1)
length(s)
s[4] == 0.3
isTRUE(all.equal(s[4], 0.3))
print(s, digits = 17)
seq(1, 0, by = -0.25)
seq(0.5, 2.5)
seq(-1, -10, by = -3)
