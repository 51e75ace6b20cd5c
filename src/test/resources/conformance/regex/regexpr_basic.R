regexpr("o", "hello world")
regexpr("[0-9]+", c("abc123", "x", "45"))
regexpr("a", c("a", NA))
regexpr("a|ab", "abc", perl = TRUE)
