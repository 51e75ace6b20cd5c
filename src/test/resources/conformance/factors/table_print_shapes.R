x <- c(3, 1, 2, 3, 3, 1)
table(x)
t <- table(c("b", "a", "b"))
t
names(dimnames(t))
tl <- table(c(TRUE, FALSE, TRUE, TRUE))
tl
tl[["TRUE"]]
t3 <- table(a = c(1, 1, 2, 2), b = c("x", "y", "x", "y"), c = c("p", "p", "p", "q"))
t3
dim(t3)
ftab <- as.data.frame(table(g = c("u", "v", "u")))
ftab
as.data.frame(table(c("u", "v", "u"), c("k", "k", "m")))
as.vector(table(x))
names(table(x))
unclass(table(c("m", "n", "m")))
table(integer(0))
length(table(character(0)))
table(factor(c("lo", "hi"), levels = c("lo", "mid", "hi")))
summary(table(x))
