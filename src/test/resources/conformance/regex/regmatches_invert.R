regmatches(c("a1b2", "x"), gregexpr("[0-9]", c("a1b2", "x")), invert = TRUE)
regmatches(c("a1b2", "x"), regexpr("[0-9]", c("a1b2", "x")), invert = TRUE)
