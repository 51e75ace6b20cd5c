scores <- c(anna = 91, ben = 78, cara = 91, dan = 85)
rank(scores)
rank(-scores, ties.method = "min")
rank(-scores, ties.method = "first")
rank(scores, ties.method = "max")
order(-scores, names(scores))
names(scores)[order(-scores, names(scores))]
