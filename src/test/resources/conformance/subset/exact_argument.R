l <- list(alpha = 1, beta = 2)
l[["al"]]
l[["al", exact = FALSE]]
l[["al", exact = NA]]
l[["alpha", exact = TRUE]]
