counts <- c(3L, 7L, 1L, 9L, 4L, 6L, 2L)
q7 <- quantile(counts)
q7
typeof(q7)
q1 <- quantile(counts, type = 1)
q1
typeof(q1)
q3 <- quantile(counts, c(0.2, 0.6), type = 3)
typeof(q3)
quantile(1:5)
typeof(quantile(1:5))
quantile(c(TRUE, FALSE, TRUE, TRUE))
typeof(quantile(c(TRUE, FALSE, TRUE), type = 1))
