x <- seq(10, 100, by = 10)
n <- 3
x[seq_len(n)]
x[seq.int(to = length(x), length.out = n)]
x[-seq_len(n)]
x[length(x) - 0:2]
x[x %% 20 == 0 & x > 40]
