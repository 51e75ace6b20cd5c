cumsum(c(.Machine$integer.max, 1L))
cumsum(c(2147483600L, 47L, 1L, 5L))
