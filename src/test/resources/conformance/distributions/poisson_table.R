lambda <- 3.2
k <- 0:8
probs <- dpois(k, lambda)
names(probs) <- k
round(probs, 4)
round(cumsum(probs), 4)
round(ppois(k, lambda), 4)
