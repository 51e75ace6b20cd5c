db <- list(users = list(list(name = "a", n = 1), list(name = "b", n = 2)))
db$users[[2]]$n <- 20
db$users[[1]]$name <- "alpha"
sapply(db$users, function(u) u$n)
db$users[[3]] <- list(name = "c", n = 3)
length(db$users)
db[["meta"]][["version"]] <- "1.0"
str(db$meta)
x <- list(a = list(b = 1:5))
x$a$b[3] <- 100L
x$a$b
names(x$a)[1] <- "B"
names(x$a)
