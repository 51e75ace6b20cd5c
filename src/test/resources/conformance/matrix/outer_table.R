x <- 1:5
tab <- outer(x, x, "*")
dimnames(tab) <- list(x, x)
tab
tab["3", "4"]
outer(1:3, 1:3, ">=") * 1
