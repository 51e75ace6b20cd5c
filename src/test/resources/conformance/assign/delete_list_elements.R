l <- list(a = 1, b = "two", c = 3:5, d = NULL, e = TRUE)
names(l)
l$a <- NULL
names(l)
l[["c"]] <- NULL
names(l)
l[2:3] <- NULL
str(l)
m <- list(1, 2, 3, 4)
m[c(TRUE, FALSE)] <- NULL
str(m)
m$zzz <- NULL
length(m)
m[5] <- NULL
length(m)
