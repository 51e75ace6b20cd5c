make.unique(c("a", "a", "b", "a", "a.1"))
make.unique(c("a", "a"), sep = "_")
make.unique(c("x", "y"))
make.unique(character(0))
