strtrim("abcdef", 3)
strtrim(c("ab", "cde"), c(1, 2))
strtrim("日本語", 4)
