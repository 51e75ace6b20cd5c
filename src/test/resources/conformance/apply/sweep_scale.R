m <- matrix(1:6, nrow = 2)
print(sweep(m, 2, colMeans(m)))
print(sweep(m, 1, c(1, 2), `*`))
print(sweep(m, 2, c(10, 20, 30), "+"))
