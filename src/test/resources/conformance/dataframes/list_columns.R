# List columns: I(list(...)) in construction, assignment and printing
d <- data.frame(id = 1:3)
d$tags <- list(c("a", "b"), character(0), "c")
d
str(d)
d$tags[[1]]
lengths(d$tags)
d2 <- data.frame(id = 1:2, payload = I(list(list(k = 1), 1:3)))
d2
class(d2$payload)
d2[2, "payload"]
d2$payload[[2]]
d3 <- d[lengths(d$tags) > 0, ]
d3
sapply(d$tags, paste, collapse = "+")
