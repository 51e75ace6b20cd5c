cfg <- list(host = "localhost", port = 8080L, debug = TRUE, tags = c("a", "b"))
cfg[1]
cfg[c("port", "debug")]
cfg[-1]
str(cfg[sapply(cfg, is.character)])
cfg["missing"]
cfg[c(TRUE, FALSE)]
length(cfg[5])
cfg[5]
