set.seed("abc")
