l <- list(1)
l[[4]] <- "d"
str(l)
l[6] <- list(NULL)
length(l)
