substring("hello", 1:3, 3:5)
substring("hello", 1:5, 1:5)
substring(c("ab", "cd"), 2)
substring("abcdef", 3)
