cfg <- list(name = "job", retries = 3, tags = c("a", "b"), nested = list(level = 2))
cfg$name
cfg[["retries"]]
cfg["tags"]
cfg$nested$level
cfg[["nested"]][["level"]]
cfg[c("name", "retries")]
cfg$missing
cfg[["missing"]]
cfg[[c(4, 1)]]
length(cfg[-1])
