f <- factor(c(10, 2, 33, 2))
f
levels(f)
as.numeric(as.character(f))
factor(c(TRUE, FALSE, TRUE))
factor(c(1.5, NA, 1.5))
