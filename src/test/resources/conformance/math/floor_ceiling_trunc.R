floor(c(2.7, -2.7, 3))
ceiling(c(2.1, -2.1, 3))
trunc(c(2.7, -2.7))
typeof(floor(1L))
floor(c(a = 1.5, b = -0.5))
ceiling(NA)
trunc(1e15 + 0.5)
floor(-0.5)
x <- 17.8
floor(x / 5) * 5
