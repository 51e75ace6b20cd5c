l <- list(a = 1, b = 2, c = 3, d = 4)
l$b <- NULL
names(l)
l[["c"]] <- NULL
names(l)
l[c("a", "d")] <- NULL
length(l)
m <- list(1, 2, 3)
m[2] <- list(NULL)
str(m)
