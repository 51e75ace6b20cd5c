l <- list(a = 1, b = 2, c = 3, d = 4)
l$a <- NULL
names(l)
l[["c"]] <- NULL
names(l)
l <- list(1, 2, 3, 4, 5)
l[2:3] <- NULL
length(l)
unlist(l)
l[[10]] <- NULL
length(l)
l["zz"] <- NULL
length(l)
l[c(TRUE, FALSE)] <- NULL
unlist(l)
m <- list(a = 1, b = NULL)
m
m["b"] <- list(NULL)
str(m)
m[["x"]] <- list()
str(m)
