regexpr("é", "café")
attributes(regexpr("a", c("ab", "é")))
regmatches("café", regexpr("f.", "café"))
