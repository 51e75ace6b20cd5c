gregexpr("o", "hello world")
gregexpr("a", c("banana", "xyz", NA))
gregexpr("[0-9]+", "a1b22c333")[[1]]
