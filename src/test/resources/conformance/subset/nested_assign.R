state <- list(user = list(name = "ann", roles = c("admin", "dev")), count = 0)
state$user$roles[2] <- "ops"
state$count <- state$count + 1
state$user$email <- "ann@example.com"
str(state)
names(state$user)[1] <- "login"
names(state$user)
m <- matrix(0, 2, 2)
m[1, ][2] <- 5
m
