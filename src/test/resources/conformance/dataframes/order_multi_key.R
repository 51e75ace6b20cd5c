# Sorting frames by several keys, descending, with ties and NA
d <- data.frame(
  team = c("b", "a", "b", "a", "c", NA),
  pts = c(10, 12, 10, 7, 12, 3),
  name = c("zed", "amy", "bob", "cat", "dan", "eve")
)
d[order(d$team, -d$pts), ]
d[order(d$pts, d$name, decreasing = TRUE), ]
d[order(d$team, na.last = FALSE), ]
d[order(d$team, na.last = NA), ]
d[order(-d$pts, d$team), c("name", "pts")]
d[do.call(order, d[c("pts", "name")]), ]
d[order(d$pts, decreasing = c(TRUE), method = "radix"), ]
sorted <- d[order(d$name), ]
rownames(sorted) <- NULL
sorted
d[rev(order(d$pts)), "name"]
d[with(d, order(team, pts)), ]
