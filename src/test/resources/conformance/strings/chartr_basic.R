chartr("abc", "xyz", "aabbcc")
chartr("a-c", "A-C", "abcd")
chartr("lo", "01", c("hello", "world"))
r <- tryCatch(chartr("abc", "x", "abc"), error = function(e) conditionMessage(e))
r
