x <- matrix(c(1, 2, 3, 4, 6, 8, 1, 5, 2, 7, 3, 3), 4, 3, dimnames = list(letters[1:4], NULL))
d <- dist(x); d
dist(x, "maximum")
dist(x, "manhattan", diag = TRUE)
dist(x, "canberra", upper = TRUE)
dist(x, "minkowski", p = 3)
dist(rbind(c(1, 0, 1, 1), c(0, 0, 1, 1), c(1, 1, 0, 0)), "binary")
dist(rbind(c(1, NA, 3), c(4, 5, 6), c(NA, 1, 1)))
print(dist(1:5), diag = TRUE)
as.matrix(d)
str(unclass(d))
labels(d)
attributes(dist(1:3, "minkowski", p = 1))
try(dist(x, "foo"))
dist(matrix(1, 1, 2))
m <- as.matrix(d); as.dist(m)
as.dist(matrix(1:9, 3))
USA <- matrix(c(13.2, 10, 8.1, 8.8, 9, 7.9, 3.3, 5.9, 15.4, 17.4, 236, 263, 294, 190, 276, 204, 110, 238, 335, 211,
  58, 48, 80, 50, 91, 78, 77, 72, 80, 60), 10, 3, dimnames = list(paste0("S", 1:10), c("Murder", "Assault", "Urban")))
dd <- dist(USA)
for (meth in c("complete", "single", "average", "mcquitty", "median", "centroid", "ward.D", "ward.D2")) {
  h <- hclust(dd, meth); print(h$merge); print(h$height); print(h$order)
}
h <- hclust(dd); h
cutree(h, 3)
cutree(h, k = 1:4)
cutree(h, h = c(50, 100))
cophenetic(h)
h2 <- hclust(dd^2, "centroid", members = c(rep(1, 5), rep(2, 5))); h2$height
try(hclust(dist(1)))
try(cutree(h))
try(cutree(h, k = 20))
hclust(dd, "ward")$method
cov.wt(USA)
cov.wt(USA, wt = 1:10, cor = TRUE, method = "ML")
try(cov.wt(1:3))
embed(1:5, 2)
embed(matrix(1:10, 5), 3)
try(embed(1:3, 5))
