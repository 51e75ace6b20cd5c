cfg <- list(width = 4, height = 3)
print(with(cfg, width * height))
area <- with(list(r = 2), pi * r^2)
print(area)
updated <- within(cfg, { area <- width * height; width <- NULL })
print(updated)
e <- new.env()
e$k <- 5
print(with(e, k + 1))
