cfg <- list(db = list(host = "localhost", port = 5432, opts = list(ssl = TRUE)),
            name = "app")
cfg[[c("db", "host")]]
cfg[[c(1, 2)]]
cfg[[c("db", "opts", "ssl")]]
cfg[[c("db", "missing")]]
tryCatch(cfg[[c("db", "host", "x")]], error = function(e) conditionMessage(e))
tryCatch(cfg[[c("nope", "host")]], error = function(e) conditionMessage(e))
tryCatch(cfg[[c(5, 1)]], error = function(e) conditionMessage(e))
tryCatch(cfg[[c(2, 1, 1)]], error = function(e) conditionMessage(e))
v <- list(a = 1:3)
v[[c(1, 2)]]
tryCatch(v[[c(1, 5)]], error = function(e) conditionMessage(e))
m <- matrix(1:6, 2, dimnames = list(c("r1", "r2"), c("a", "b", "c")))
m[[2, 3]]
m[["r1", "b"]]
tryCatch(m[[3, 1]], error = function(e) conditionMessage(e))
tryCatch(m[["r3", "a"]], error = function(e) conditionMessage(e))
tryCatch(m[[1, 2, 3]], error = function(e) conditionMessage(e))
cfg[[c("db", "port")]]
