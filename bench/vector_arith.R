# Vectorised arithmetic and summaries on a million doubles.
x <- seq_len(1000000) / 7
for (k in 1:20) y <- (x * 3 + 1) / (x + 2) - x %% 5
cat(sum(y), mean(y), max(y), "\n")
