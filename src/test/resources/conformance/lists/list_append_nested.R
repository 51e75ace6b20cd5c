events <- list()
events[[length(events) + 1]] <- list(type = "start", t = 0)
events[[length(events) + 1]] <- list(type = "stop", t = 5)
length(events)
str(events)
queue <- list("a", "b")
queue <- append(queue, list("c"), after = 1)
unlist(queue)
queue <- append(queue, list("z"), after = 0)
unlist(queue)
cfg <- list()
cfg$db$host <- "localhost"
cfg$db$port <- 5432
cfg$debug <- TRUE
str(cfg)
cfg[["db"]][["port"]]
cfg$db[["user"]] <- "admin"
names(cfg$db)
c(list(a = 1), list(b = 2), c = 3)
c(list(1), 2:3)
rev(list(a = 1, b = "x"))
l <- list(1, 2, 3)
l[5] <- list(5)
str(l)
