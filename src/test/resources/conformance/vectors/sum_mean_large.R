x <- seq(0.1, 100, by = 0.1)
sum(x)
mean(x)
print(sum(x), digits = 15)
print(mean(x), digits = 15)
v <- 1:1000 / 7
print(sum(v), digits = 17)
print(mean(v), digits = 17)
var(v)
