# Column names from messy sources: check.names repairs them, duplicates get suffixes
raw <- data.frame(`order id` = 1:3, `2021` = c(5, 6, 7), `x-y` = c("a", "b", "c"))
names(raw)
kept <- data.frame(`order id` = 1:3, `2021` = c(5, 6, 7), check.names = FALSE)
names(kept)
kept
d <- data.frame(v = 1:2, v = 3:4, v = 5:6)
names(d)
d2 <- data.frame(v = 1:2, v = 3:4, check.names = FALSE)
names(d2)
d2
d2$v
d2[["v"]]
names(data.frame(1:2, 3:4))
names(data.frame(`_x` = 1, `if` = 2, `TRUE` = 3, `.5a` = 4))
names(data.frame(a = 1, b = 2, a.1 = 3, a = 4))
names(data.frame(NA_x = 1, `NA` = 2))
e <- data.frame(a = 1, 2, fix.empty.names = FALSE)
names(e)
