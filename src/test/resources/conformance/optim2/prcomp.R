# principal components: prcomp, princomp and their print/summary/predict methods
m <- as.matrix(USArrests)
p <- prcomp(USArrests)
p
summary(p)
ps <- prcomp(USArrests, scale. = TRUE)
ps
summary(ps)
head(ps$x, 4)
ps$center; ps$scale
predict(ps, USArrests[1:3, ])
prcomp(USArrests, rank. = 2)
summary(prcomp(USArrests, rank. = 2))
prcomp(m, tol = 0.3)
p0 <- prcomp(m, center = FALSE, retx = FALSE)
p0$center; p0$x
print(ps, print.x = FALSE, digits = 3)
x <- cbind(a = c(1, 2, 3, 4, 5), b = c(2, 4, 6, 8, 10.5), c = c(5, 3, 2, 2, 1))
prcomp(x)
tryCatch(prcomp(cbind(1:4, 1), scale. = TRUE), error = function(e) conditionMessage(e))
pc <- princomp(USArrests, cor = TRUE)
pc
summary(pc)
summary(pc, loadings = TRUE, cutoff = 0.3)$sdev
unclass(loadings(pc))
head(pc$scores, 3)
pc$center; pc$scale; pc$n.obs
princomp(USArrests)$sdev
princomp(covmat = cov(USArrests))$sdev
predict(pc, USArrests[1:2, ])
tryCatch(princomp(x[1:2, ]), error = function(e) conditionMessage(e))
