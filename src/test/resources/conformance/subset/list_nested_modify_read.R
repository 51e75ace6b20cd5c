db <- list(users = list(list(id = 1, roles = c("admin", "dev")), list(id = 2, roles = "dev")))
db$users[[1]]$roles[2]
length(db$users)
db[["users"]][[2]][["roles"]]
ids <- vapply(db$users, function(u) u$id, numeric(1))
ids
"admin" %in% db$users[[2]]$roles
