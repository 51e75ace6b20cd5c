# classical (metric) multidimensional scaling
d <- dist(USArrests[1:8, ])
cmdscale(d)
cmdscale(d, k = 1)
r <- cmdscale(d, k = 3, eig = TRUE)
signif(r$eig[1:4], 7); r$GOF; r$ac
x <- cbind(c(0, 1, 0, 2, 0.5), c(0, 0, 1, 3, 0.2))
rownames(x) <- letters[1:5]
cmdscale(dist(x))
round(cmdscale(as.matrix(dist(x)), x.ret = TRUE)$x, 10)
ra <- cmdscale(dist(x, "manhattan"), add = TRUE)
ra$ac; ra$GOF
round(cmdscale(dist(x, "maximum"), k = 3), 6)
tryCatch(cmdscale(dist(x), k = 5), error = function(e) conditionMessage(e))
tryCatch(cmdscale(matrix(1:6, 2)), error = function(e) conditionMessage(e))
tryCatch(cmdscale(c(NA, dist(x))), error = function(e) conditionMessage(e))
cmdscale(dist(x), eig = TRUE, list. = FALSE)
