r <- dnorm(1:3, sd = c(1, -1, 2))
print(r)
