interaction(c("a", "b"), c("x", "y"))
interaction(c("a", "b"), c("x", "y"), sep = "_")
interaction(c("a", "b"), c("x", "y"), drop = TRUE)
interaction(c("a", "b"), c("x", "y"), lex.order = TRUE)
