opts <- list(verbose = TRUE, width = 80, widthMax = 120)
opts$verb
opts$wid
opts$widthM
opts[["verb"]]
opts[["verb", exact = FALSE]]
opts[["wid", exact = FALSE]]
opts[["widthMax", exact = TRUE]]
