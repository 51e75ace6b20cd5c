x <- c(0.5, 1.5, 2.25, 3, 4.75, 6, 7.5, 9, 11, 14)
p <- seq(0, 1, length.out = 101)
q <- quantile(x, p)
length(q)
head(names(q))
tail(names(q))
q[c("10%", "50%", "90%")]
q2 <- quantile(x, seq(0, 1, 0.01))
q2[1:5]
