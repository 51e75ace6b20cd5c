l <- list()
l[["x"]] <- 1
l[["y"]] <- c(2, 3)
l[[3]] <- "third"
names(l)
l[[length(l) + 1]] <- TRUE
length(l)
l[[1]] <- NULL
names(l)
v <- c(a = 1, b = 2)
v[["b"]] <- 20
v[["c"]] <- 30
v
v[[5]] <- 50
v
