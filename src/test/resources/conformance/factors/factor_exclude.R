factor(c("a", NA, "b"), exclude = NULL)
factor(c("a", "b", "c"), exclude = "b")
levels(factor(c("a", NA), exclude = NULL))
