outer(1:3, 1:4)
outer(1:2, 1:3, "+")
outer(c(a = 1, b = 2), c(x = 10, y = 20))
outer(1:3, 1:2, function(x, y) x^y)
1:3 %o% 1:2
outer(c("a", "b"), 1:3, paste0)
x <- outer(1:9, 1:9)
x[9, 9]
