# flattening lists with recursive = TRUE
l <- list(1, 2:3, list(4, 5))
c(l, recursive = TRUE)
unlisted <- c(list(a = 1, b = list(c = 2, d = 3)), recursive = TRUE)
unlisted
names(c(list(a = list(1, 2)), recursive = TRUE))
c(list(x = 1, y = "a"), recursive = TRUE)
c(list(TRUE, 2L), recursive = TRUE)
typeof(c(list(TRUE, 2L), recursive = TRUE))
c(list(), recursive = TRUE)
c(a = list(z = c(1, 2)), recursive = TRUE)
c(list(1, NULL, 3), recursive = TRUE)
nested <- list(level1 = list(level2 = list(level3 = 42)))
c(nested, recursive = TRUE)
