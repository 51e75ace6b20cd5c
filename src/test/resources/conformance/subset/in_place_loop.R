n <- 200000
v <- numeric(n)
for (i in seq_len(n)) v[i] <- i %% 7
sum(v)
acc <- integer(0)
for (i in 1:5000) acc[length(acc) + 1L] <- i
length(acc)
sum(acc)
l <- vector("list", 1000)
for (i in seq_along(l)) l[[i]] <- i * 2
sum(unlist(l))
