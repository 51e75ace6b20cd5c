set.seed(3)
sample(c("a", "b"), 10, TRUE, prob = c(.3, .7))
sample(1:4, 2, prob = c(0.1, 0.2, 0.3, 0.4))
