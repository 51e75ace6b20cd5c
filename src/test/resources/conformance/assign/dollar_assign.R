cfg <- list()
cfg$name <- "svc"
cfg$port <- 8080
cfg$tags <- c("a", "b")
str(cfg)
cfg$port <- cfg$port + 1
cfg$port
cfg$nested$level <- 2
str(cfg$nested)
cfg$tags[3] <- "c"
cfg$tags
