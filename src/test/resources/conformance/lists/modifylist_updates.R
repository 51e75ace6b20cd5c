# merge per-environment overrides into a base configuration
base <- list(name = "svc", replicas = 2L, env = list(LOG = "info", TZ = "UTC"), ports = c(80L, 443L))
prod <- list(replicas = 6L, env = list(LOG = "warn"))
dev <- list(env = list(LOG = "debug", DEBUG = "1"), ports = 8080L)
str(modifyList(base, prod))
str(modifyList(base, dev))
str(Reduce(modifyList, list(base, prod, dev)))
modifyList(base, list(name = NULL))$name
names(modifyList(base, list(name = NULL)))
str(modifyList(list(a = list(b = list(c = 1, d = 2))), list(a = list(b = list(d = 20, e = 30)))))
str(modifyList(list(x = 1:3), list(x = list(1))))
r <- tryCatch(modifyList(base, "oops"), error = function(e) conditionMessage(e))
r
