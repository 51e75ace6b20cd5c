t <- table(c("a", "b", "b", "c", "c", "c"))
prop.table(t)
print(prop.table(t), digits = 2)
round(100 * prop.table(t))
t / sum(t)
t * 2
t + 0.5
-t
sqrt(t)
t[order(-t)]
t2 <- table(g = c("u", "v", "u"), h = c(TRUE, FALSE, NA), useNA = "always")
t2
t2["u", ]
t2[, "TRUE"]
dimnames(t2)
summary(factor(c("x", "y", "x"), levels = c("y", "x", "z")))
format(factor(c("lo", "high")))
format(factor(c("a", NA)))
nchar(levels(factor(c("lo", "high"))))
as.vector(table(c(2, 2, 3)))
barplot_data <- as.numeric(table(c(2, 2, 3)))
barplot_data
max(table(c("a", "b", "b")))
which.max(table(c("a", "b", "b")))
sum(table(c("a", "b", "b")) > 1)
mean(table(c("a", "b", "b")))
rev(table(c("a", "b", "b")))
length(table(c("a", "b", "b")))
is.table(t); class(t); typeof(t)
