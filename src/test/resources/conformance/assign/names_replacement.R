x <- 1:3
names(x) <- c("a", "b", "c")
names(x)[2] <- "B"
x
names(x)[5] <- "e"
names(x)
l <- list(1, 2)
names(l)[2] <- "second"
names(l)
dimnames_m <- matrix(1:4, 2)
dimnames(dimnames_m) <- list(c("r1", "r2"), c("c1", "c2"))
dimnames(dimnames_m)[[1]][2] <- "R2"
dimnames_m
