total <- 0
for (k in seq(2, 20, by = 4)) total <- total + k
total
evens <- seq(0, 10, by = 2)
evens
sum(seq(1, 99, by = 2))
steps <- seq(0, 1, length.out = 5)
steps * 100
rev(seq_len(4))
