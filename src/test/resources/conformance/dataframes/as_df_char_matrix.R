# Character and logical matrices to data frames
m <- matrix(c("a", "b", "c", "d", NA, "f"), nrow = 3, dimnames = list(NULL, c("k", "v")))
d <- as.data.frame(m)
d
str(d)
d2 <- as.data.frame(m, stringsAsFactors = TRUE)
levels(d2$k)
d2$v
lm <- matrix(c(TRUE, FALSE, NA, TRUE), 2)
as.data.frame(lm)
nm <- matrix(1:6, 2, dimnames = list(c("r1", "r2"), c("a", "b", "c")))
as.data.frame(nm)
as.data.frame(t(nm))
data.frame(nm, extra = 0)
data.frame(m = matrix(1:4, 2))
as.data.frame(matrix(numeric(0), 0, 3))
e <- matrix(1:4, 2)
colnames(e) <- c("a", "a")
as.data.frame(e)
