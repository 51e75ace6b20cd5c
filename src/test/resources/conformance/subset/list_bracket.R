l <- list(a = 1, b = "two", c = c(3, 4))
l[1]
l["c"]
l[c("a", "c")]
l[-1]
str(l[2])
l[[3]][2]
l[c(TRUE, FALSE, TRUE)]
length(l[5])
l[5]
e <- list()
e[1]
