x <- c(1, 2)
x[5] <- 9
x
y <- c(a = 1)
y["b"] <- 2
y[["c"]] <- 3
y
z <- NULL
z[3] <- "c"
z
l <- list()
l$first <- 1
l[["second"]] <- "two"
l[[4]] <- TRUE
str(l)
