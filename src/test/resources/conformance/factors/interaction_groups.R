env <- c("prod", "dev", "prod", "dev", "prod")
zone <- c("a", "a", "b", "b", "a")
key <- interaction(env, zone)
key
levels(key)
table(key)
interaction(env, zone, sep = "/", drop = TRUE)
interaction(env, zone, lex.order = TRUE, drop = TRUE)
interaction(list(env, zone))
interaction(factor(c("x", NA, "y")), c("1", "2", "2"))
nlevels(interaction(env, zone, c("v1", "v2", "v1", "v2", "v1")))
tapply(c(10, 20, 30, 40, 50), interaction(env, zone, drop = TRUE), sum)
r <- tryCatch(interaction(), error = function(e) conditionMessage(e))
r
