set.seed(1)
x <- rbind(matrix(rnorm(40, sd = 0.3), ncol = 2), matrix(rnorm(40, mean = 1, sd = 0.3), ncol = 2))
colnames(x) <- c("x", "y")
set.seed(42); cl <- kmeans(x, 2); cl
set.seed(42); kmeans(x, 3)$size
set.seed(42); r <- kmeans(x, 3, algorithm = "Lloyd"); r$centers; r$iter; r$cluster
set.seed(42); r <- kmeans(x, 3, algorithm = "MacQueen"); r$centers; r$withinss
set.seed(42); r <- kmeans(x, 3, algorithm = "Forgy", iter.max = 1); r$ifault
set.seed(3); r <- kmeans(x, 4, nstart = 5); r$tot.withinss; r$size
r <- kmeans(x, x[c(1, 25, 40), ], trace = 1); r$iter
kmeans(x, 1)$centers
fitted(cl)[1:3, ]
fitted(cl, "classes")[1:5]
try(kmeans(x))
try(kmeans(x, x[c(1, 1), ]))
try(kmeans(x[1:2, ], 3))
try(kmeans(x, 2, iter.max = 0))
set.seed(5); y <- matrix(c(1, 1, 1, 2, 2, 2), ncol = 1); try(kmeans(y, 3))
set.seed(1); kmeans(matrix(c(1:10, 31:40), ncol = 1), 2)$cluster
