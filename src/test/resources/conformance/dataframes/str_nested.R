# str() on frames with many kinds of columns
d <- data.frame(
  id = 1:12,
  score = c(1.25, 2.5, NA, 4, 5.125, 6, 7, 8, 9, 10, 11, 12.75),
  name = month.name,
  grp = factor(rep(c("alpha", "beta", "gamma"), 4)),
  flag = rep(c(TRUE, FALSE, NA), 4)
)
str(d)
str(d[0, ])
str(d[, c("grp", "name")])
str(d[1:2, ], give.attr = FALSE)
str(list(frame = d[1:3, 1:2], n = 3L))
d$when <- as.Date("2024-03-01") + 0:11
str(d)
str(data.frame(x = 1)[, FALSE])
str(data.frame(o = factor(c("lo", "hi"), levels = c("lo", "hi"), ordered = TRUE)))
