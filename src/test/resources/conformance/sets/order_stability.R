grp <- c("b", "a", "b", "a", "b")
val <- c(1, 2, 3, 4, 5)
o <- order(grp)
val[o]
o2 <- order(grp, decreasing = TRUE)
val[o2]
sort(c(3, 1, 2, 1, 3), decreasing = TRUE)
order(c(1, 1, 2, 2), c(2, 1, 2, 1))
rank(c(5, 5, 5))
