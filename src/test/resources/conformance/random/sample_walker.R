set.seed(5)
p <- rep(1, 300)
p[1:10] <- 5
x <- sample(300, 20, replace = TRUE, prob = p)
x
