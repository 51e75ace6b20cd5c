scores <- c(alice = 88, bob = 95, carol = 72, dave = 95, erin = 60)
sorted <- sort(scores, decreasing = TRUE)
sorted
head(sorted, 3)
names(sorted)[1]
rank(-scores, ties.method = "min")
order(scores, decreasing = TRUE)
tail(sort(scores), 2)
