opts <- list(verbose = TRUE, value = 10)
opts$verb
opts$val
opts[["verb"]]
opts[["verb", exact = FALSE]]
l <- list(alpha = 1, alpine = 2)
l$al
l$alp
