# Renaming columns: partial names, NA names and length errors
d <- data.frame(a = 1:2, b = 3:4, c = 5:6)
names(d)[names(d) == "b"] <- "beta"
d
names(d) <- c("x", "y")
names(d)
d
colnames(d)[3] <- "z"
d
r <- tryCatch({ colnames(d) <- c("p", "q", "r", "s"); d }, error = function(e) conditionMessage(e))
r
setNames(d, c("one", "two", "three"))
names(d) <- NULL
names(d)
d2 <- data.frame(a = 1)
names(d2) <- NA
d2
names(d2)
r <- tryCatch({ dimnames(d2) <- list("r1"); d2 }, error = function(e) conditionMessage(e))
r
