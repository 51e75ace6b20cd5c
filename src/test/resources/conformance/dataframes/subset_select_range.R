# subset() with select ranges, negatives and character vectors
d <- data.frame(id = 1:6, a = c(5, 3, 8, 1, 9, 2), b = letters[1:6], c = c(TRUE, FALSE), e = 6:1)
subset(d, a > 4)
subset(d, a > 4, select = c(id, b))
subset(d, select = a:c)
subset(d, select = -c(a, e))
subset(d, c & e > 2, select = c("id", "e"))
subset(d, a > 100)
subset(d, select = b, drop = TRUE)
subset(d, b %in% c("a", "f"), -id)
lim <- 3
subset(d, a < lim)
d2 <- d
d2$a[2] <- NA
subset(d2, a < 4)
r <- tryCatch(subset(d, "a"), error = function(e) conditionMessage(e))
r
subset(1:10, 1:10 > 7)
subset(c(a = 1, b = NA, c = 3), c(TRUE, NA, TRUE))
