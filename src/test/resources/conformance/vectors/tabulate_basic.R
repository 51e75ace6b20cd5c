tabulate(c(1, 2, 2, 5))
tabulate(c(2, 3, 3), nbins = 2)
tabulate(c(-1, 0, NA, 3))
tabulate(integer(0))
tabulate(c(1L, 1L, 4L), nbins = 5)
votes <- c(2, 1, 2, 3, 2, 1)
counts <- tabulate(votes)
counts
which.max(counts)
