cfg <- list(host = "localhost", port = 8080, debug = FALSE)
names(cfg)
names(cfg)[2] <- "portnum"
names(cfg)
cfg[["portnum"]]
setdiff(names(cfg), "debug")
"host" %in% names(cfg)
length(cfg)
cfg$debug <- NULL
names(cfg)
