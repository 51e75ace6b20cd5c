# Adding, replacing and removing columns with $<- and [[<-
d <- data.frame(id = 1:4)
d$double <- d$id * 2
d$label <- paste0("item", d$id)
d$const <- "same"
d$pair <- c(0, 1)
d
d$const <- NULL
names(d)
d[["score"]] <- c(9.5, 8, 7.25, 6)
d[["id"]] <- NULL
d
d$label[2] <- "changed"
d$double[d$double > 4] <- 0
d
d[[2, "score"]] <- 100
d
e <- data.frame()
r <- tryCatch({ e$x <- 1:3; e }, error = function(e) conditionMessage(e))
r
e[["x"]] <- integer(0)
e
r <- tryCatch({ d$bad <- 1:3; d }, error = function(e) conditionMessage(e))
r
r <- tryCatch({ d[["bad"]] <- 1:3; d }, error = function(e) conditionMessage(e))
r
d$m <- matrix(1:8, 4)
dim(d)
names(d)
d
