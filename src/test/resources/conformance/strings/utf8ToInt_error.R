utf8ToInt(c("a", "b"))
