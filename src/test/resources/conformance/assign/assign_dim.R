x <- 1:6
dim(x) <- c(2, 3)
x
dim(x) <- NULL
x
r <- tryCatch({ dim(x) <- c(4, 2); x }, error = function(e) conditionMessage(e))
r
y <- 1:4
names(y) <- letters[1:4]
dim(y) <- c(2, 2)
attributes(y)
dim(y) <- c(2, NA)
