cumsum(list(1, 2, 3))
cumsum(c("1", "2"))
cumsum("a")
