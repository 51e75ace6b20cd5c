durations <- c(1.2, 0.8, 2.5, 3.1, 0.4, 1.9, 2.2, 5.8, 1.1, 0.9, 1.6, 2.8)
probs <- c(0.5, 0.75, 0.9, 0.99)
q <- quantile(durations, probs)
q
paste0(names(q), "=", format(q, nsmall = 2))
sprintf("%s: %.3f", names(q), q)
data.frame(percentile = names(q), seconds = unname(q))
