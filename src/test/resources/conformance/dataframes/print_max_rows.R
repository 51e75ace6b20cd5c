# Long frames: max.print truncation and print(n rows) patterns
d <- data.frame(i = 1:30, sq = (1:30)^2, tag = rep(c("odd", "even"), 15))
options(max.print = 20)
d
print(d, max = 9)
options(max.print = 99999)
print(head(d, 3))
print(d[28:30, ], row.names = FALSE)
d[1:2, ]
