l <- list(value = 1, other = 2)
l[["val"]]
l[["val", exact = FALSE]]
l[["val", exact = TRUE]]
l[["v", exact = FALSE]]
l2 <- list(aa = 1, ab = 2)
l2[["a", exact = FALSE]]
x <- c(long_name = 10)
x[["long", exact = FALSE]]
