cfg <- list(name = "job", opts = list(retries = 3, verbose = TRUE), tags = c("a", "b"))
cfg
str <- list(list(1, 2), list(x = "y"))
str
