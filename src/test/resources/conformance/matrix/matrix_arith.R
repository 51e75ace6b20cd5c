m <- matrix(1:4, 2)
m + 1
m * m
m / c(1, 2)
m > 2
-m
m %% 2 == 0
sqrt(matrix(c(1, 4, 9, 16), 2))
sum(m); mean(m); max(m)
