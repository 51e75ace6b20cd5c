ppois(2, 3)
ppois(0:5, 1.5)
ppois(10, 4, lower.tail = FALSE)
ppois(-1, 2)
