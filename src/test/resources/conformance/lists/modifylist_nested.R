defaults <- list(
  server = list(host = "0.0.0.0", port = 8080L, tls = list(enabled = FALSE, cert = NULL)),
  workers = 4L,
  features = c("a", "b")
)
override <- list(server = list(port = 9090L, tls = list(enabled = TRUE)), features = "c")
cfg <- modifyList(defaults, override)
str(cfg)
cfg$server$tls
str(modifyList(defaults, list(server = list(tls = NULL))))
str(modifyList(defaults, list(server = NULL)))
str(modifyList(defaults, list(workers = NULL), keep.null = TRUE))
modifyList(list(a = 1), list())
modifyList(list(), list(z = 2))
modifyList(list(a = list(b = 1)), list(a = 5))
modifyList(list(a = 5), list(a = list(b = 1)))
str(modifyList(list(x = 1, y = 2), list(y = 3, 4)))
r <- tryCatch(modifyList(1:3, list(a = 1)), error = function(e) conditionMessage(e))
r
r <- tryCatch(modifyList(list(a = 1), 2), error = function(e) conditionMessage(e))
r
