r <- as.raw(c(1, 255, 16))
r[2]
r[-1]
z <- complex(real = 1:3, imaginary = c(-1, 0, 2))
z[2:3]
z[[3]]
z[5]
