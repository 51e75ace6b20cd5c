state <- list()
state$config$retries <- 3
state$config$backoff <- c(1, 2, 4)
state[["users"]][["ann"]] <- list(role = "admin")
str(state)
state$config$backoff[4] <- 8
state$config$backoff
l <- list(list(1, 2))
l[[1]][[3]] <- 3
length(l[[1]])
l[[c(1, 2)]] <- 20
l[[1]][[2]]
