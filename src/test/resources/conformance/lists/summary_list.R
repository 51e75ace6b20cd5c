cfg <- list(a = 1:3, b = "x", c = list(1, 2))
summary(cfg)
summary(list())
