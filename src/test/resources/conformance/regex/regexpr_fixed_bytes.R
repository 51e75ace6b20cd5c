x <- c("a+b=c", "1+1+1", "none", NA, "é+é")
regexpr("+", x, fixed = TRUE)
gregexpr("+", x, fixed = TRUE)
regexpr("é", c("café", "abc"), fixed = TRUE)
regexpr("b", "abc", useBytes = TRUE)
regexpr("é", "café", useBytes = TRUE)
gregexpr("a", "banana", fixed = TRUE)[[1]]
regexpr("", "abc")
regexpr("", "abc", fixed = TRUE)
gregexpr("", "abc")[[1]]
regexpr("x", character(0))
gregexpr("x", character(0))
regexpr(c(x = "a"), c(n1 = "ab", n2 = "b"))
