0.1 + 0.2 == 0.3
isTRUE(all.equal(0.1 + 0.2, 0.3))
sum(rep(0.1, 10)) == 1
print(sum(rep(0.1, 10)), digits = 17)
print(mean(c(1, 2, 3, 4) / 3), digits = 17)
sqrt(2)^2 == 2
abs(sqrt(2)^2 - 2) < 1e-12
print(1 / 3, digits = 17)
