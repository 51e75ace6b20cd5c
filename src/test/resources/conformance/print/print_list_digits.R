res <- list(mean = 3.14159, sd = 0.123456, n = 10L, label = "sample")
print(res)
print(res, digits = 3)
