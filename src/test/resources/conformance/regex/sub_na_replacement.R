sub("a", NA, c("abc", "xyz"))
gsub(NA, "x", "abc")
