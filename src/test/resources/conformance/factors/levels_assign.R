f <- factor(c("a", "b", "a"))
levels(f) <- c("A", "B")
f
levels(f)[2] <- "Beta"
f
levels(f) <- c("same", "same")
f
