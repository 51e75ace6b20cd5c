scores <- matrix(c(80, 90, 75, 60, 85, 95), nrow = 3,
                 dimnames = list(c("ann", "bob", "cy"), c("math", "art")))
scores
colMeans(scores)
rowMeans(scores)
apply(scores, 2, sd)
scores[which.max(scores[, "math"]), ]
t(scores)
scores / rowSums(scores)
round(sweep(scores, 2, colMeans(scores)), 2)
