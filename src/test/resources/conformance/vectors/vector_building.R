# growing vectors in a loop
out <- c()
for (i in 1:5) out <- c(out, i^2)
out
labels <- character(0)
for (w in c("alpha", "beta")) labels <- c(labels, toupper(w))
labels
acc <- numeric(3)
acc
length(acc) <- 5
acc
lst <- list()
lst <- c(lst, list(1:2))
lst <- c(lst, list("x"))
length(lst)
