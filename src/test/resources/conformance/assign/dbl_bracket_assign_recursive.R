state <- list(user = list(name = "ann", roles = list("admin")), n = 1)
state[[c("user", "name")]] <- "bob"
state[[c("user", "roles", 2)]] <- "dev"
state[[c(1, 3)]] <- TRUE
str(state)
state[[c("n", 2)]] <- 5
state$n
l <- list(1, list(2))
l[[c(2, 3)]] <- 3
str(l)
l[[c(2, 1, 1)]] <- 30
str(l)
tryCatch(l[[c(5, 2)]] <- 3, error = function(e) print(conditionCall(e)))
tryCatch(l[[c(1, 1, 1)]] <- 3, error = function(e) conditionMessage(e))
l[[c(2, 2)]] <- NULL
str(l)
y <- c(3, 4)
f <- function() { l <- list(1); l[[c(7, 1)]] <- y; l }
tryCatch(f(), error = function(e) cat(conditionMessage(e)))
