read.table(text = "a b\n1 2\n3 4 5\n", header = TRUE)
