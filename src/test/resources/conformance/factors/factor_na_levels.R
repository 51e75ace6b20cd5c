# survey answers where "no answer" matters: keep NA as a level
answers <- c("yes", "no", NA, "yes", NA, "maybe")
f <- factor(answers)
f
nlevels(f)
is.na(f)
g <- addNA(f)
g
levels(g)
nlevels(g)
is.na(g)
table(g)
h <- factor(answers, exclude = NULL)
identical(levels(g), levels(h))
as.integer(h)
summary(h)
k <- factor(answers, levels = c("yes", "no"), exclude = "maybe")
k
addNA(k, ifany = TRUE)
addNA(factor(c("a", "b")), ifany = TRUE)
levels(droplevels(h))
droplevels(h, exclude = NA)
