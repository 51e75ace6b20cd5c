l <- list(a = 1, b = 2, c = 3)
l[c("a", "c")] <- list("A", "C")
str(l)
l[2] <- 99
str(l)
l[4:5] <- list(TRUE, FALSE)
names(l)
l["b"] <- list(1:3)
l$b
l[1:2] <- 0
str(l)
