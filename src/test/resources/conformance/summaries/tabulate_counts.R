codes <- c(2, 3, 3, 5, 2, 2, 7)
tabulate(codes)
tabulate(codes, nbins = 5)
tabulate(codes, nbins = 10)
tabulate(c(-1, 0, 1, 1, NA, 2))
tabulate(factor(c("b", "a", "b", "c")))
tabulate(integer(0))
tabulate(c(1.7, 2.2, 2.9))
r <- tryCatch(tabulate(c(TRUE, FALSE, TRUE)), error = function(e) conditionMessage(e))
r
hour <- c(0, 1, 1, 23, 12, 12, 12)
counts <- tabulate(hour + 1, nbins = 24)
which.max(counts) - 1
sum(counts)
r <- tryCatch(tabulate(1:3, nbins = -1), error = function(e) conditionMessage(e))
r
r <- tryCatch(tabulate("a"), error = function(e) conditionMessage(e))
r
