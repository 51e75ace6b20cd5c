regexpr("(a)(?<nm>b)", c("ab", "xab", "z"), perl = TRUE)
