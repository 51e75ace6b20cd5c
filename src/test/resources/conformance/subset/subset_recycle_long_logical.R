x <- 1:3
x[c(TRUE, FALSE, TRUE, TRUE, FALSE)]
x[c(FALSE, FALSE, FALSE, TRUE)]
l <- list(a = 1, b = 2)
l[c(FALSE, FALSE, TRUE)]
