scores <- c(55, 61, 67, 70, 72, 75, 78, 81, 85, 90, 94, 99)
deciles <- quantile(scores, probs = seq(0.1, 0.9, 0.1))
deciles
cut_points <- quantile(scores, c(0, 1/3, 2/3, 1))
cut_points
findInterval(c(60, 80, 95), cut_points)
