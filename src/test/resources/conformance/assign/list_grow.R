l <- list()
l[[3]] <- "c"
str(l)
l[[length(l) + 1]] <- 4
length(l)
l[5:6] <- list(5, 6)
str(l)
l[["named"]] <- TRUE
names(l)
k <- list(1)
k[3] <- 3
str(k)
v <- vector("list", 2)
v[[1]] <- 1:3
v
