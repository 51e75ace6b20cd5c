substr("abc", 1)
