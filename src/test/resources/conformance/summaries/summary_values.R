x <- c(2.5, 3.75, 1.25, 8, 6.5)
s <- summary(x)
as.numeric(s)
unclass(s)
s[4] - s[3]
round(s, 1)
s * 2
mean(x) == s[["Mean"]]
